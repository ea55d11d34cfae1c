package io.switchboard.whatsapp.service;

import io.switchboard.common.problem.ProblemException;
import io.switchboard.whatsapp.client.GraphApiException;
import io.switchboard.whatsapp.client.GraphClient;
import io.switchboard.whatsapp.client.GraphUnreachableException;
import io.switchboard.whatsapp.client.MediaDownloader;
import io.switchboard.whatsapp.client.MediaInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Media customers sent, fetched from Meta with the channel's token: only the adapter holds the token, so agents and
 * the console see pictures and files through here. Meta keeps received media for 30 days.
 */
@ApplicationScoped
public class MediaService {

    private static final Logger LOG = Logger.getLogger(MediaService.class);
    private static final String UNKNOWN_OBJECT = "100";
    private static final int NOT_FOUND = 404;

    private final ChannelCredentials credentials;
    private final GraphClient graph;
    private final MediaDownloader downloader;

    @Inject
    public MediaService(ChannelCredentials credentials, GraphClient graph, MediaDownloader downloader) {
        this.credentials = credentials;
        this.graph = graph;
        this.downloader = downloader;
    }

    /**
     * The media's bytes, open for streaming; the caller closes them.
     *
     * @param contentLength -1 when Meta says neither in the lookup nor in the download
     */
    public record Media(InputStream bytes, String contentType, long contentLength, String sha256) {}

    public Media fetch(String tenantId, UUID channelId, String mediaId) {
        ChannelCredentials.Credentials channel = credentials.of(tenantId, channelId);
        MediaInfo info;
        MediaDownloader.Download download;
        try {
            info = graph.media(mediaId, channel.phoneNumberId(), channel.accessToken());
            download = downloader.open(info.url(), channel.accessToken());
        } catch (GraphApiException e) {
            LOG.infof("media refused channel=%s media=%s code=%s", channelId, mediaId, e.code());
            throw refused(mediaId, e);
        } catch (GraphUnreachableException | TimeoutException e) {
            throw GraphProblems.unreachable("fetch media " + mediaId);
        }
        String contentType = info.mimeType() != null ? info.mimeType() : download.contentType();
        long length = download.contentLength() >= 0
                ? download.contentLength()
                : info.fileSize() == null ? -1 : info.fileSize();
        return new Media(download.body(), contentType, length, info.sha256());
    }

    private static ProblemException refused(String mediaId, GraphApiException e) {
        if (e.httpStatus() == NOT_FOUND || (UNKNOWN_OBJECT.equals(e.code()) && e.httpStatus() < 500)) {
            return new ProblemException(
                    NOT_FOUND,
                    "whatsapp-media-not-found",
                    "WhatsApp media not found",
                    "Meta has no media " + mediaId + " for this channel's number (an unknown id, another number's"
                            + " media, or older than the 30 days Meta keeps it): " + e.describe());
        }
        return GraphProblems.refused("fetch media " + mediaId, e);
    }
}
