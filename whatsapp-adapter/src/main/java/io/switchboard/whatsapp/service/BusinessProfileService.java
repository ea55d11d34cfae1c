package io.switchboard.whatsapp.service;

import io.switchboard.common.problem.Problems;
import io.switchboard.whatsapp.client.BusinessProfile;
import io.switchboard.whatsapp.client.GraphApiException;
import io.switchboard.whatsapp.client.GraphClient;
import io.switchboard.whatsapp.client.GraphUnreachableException;
import io.switchboard.whatsapp.rest.BusinessProfileUpdate;
import io.switchboard.whatsapp.rest.BusinessProfileView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/** The number's WhatsApp business profile, read from and written to Meta (Meta keeps it; the adapter stores none). */
@ApplicationScoped
public class BusinessProfileService {

    private static final Logger LOG = Logger.getLogger(BusinessProfileService.class);
    private static final String WHATSAPP = "whatsapp";

    private final ChannelCredentials credentials;
    private final GraphClient graph;

    @Inject
    public BusinessProfileService(ChannelCredentials credentials, GraphClient graph) {
        this.credentials = credentials;
        this.graph = graph;
    }

    public BusinessProfileView get(String tenantId, UUID channelId) {
        ChannelCredentials.Credentials channel = credentials.of(tenantId, channelId);
        try {
            return view(graph.businessProfile(channel.phoneNumberId(), channel.accessToken()));
        } catch (GraphApiException e) {
            throw GraphProblems.refused("read the business profile", e);
        } catch (GraphUnreachableException | TimeoutException e) {
            throw GraphProblems.unreachable("read the business profile");
        }
    }

    /** Writes the given fields, then reads the profile back as Meta now has it. */
    public BusinessProfileView update(String tenantId, UUID channelId, BusinessProfileUpdate update) {
        if (update.changesNothing()) {
            throw Problems.badRequest("Name at least one of about, address, description, email, websites, vertical,"
                    + " profilePictureHandle.");
        }
        ChannelCredentials.Credentials channel = credentials.of(tenantId, channelId);
        try {
            graph.updateBusinessProfile(
                    channel.phoneNumberId(),
                    channel.accessToken(),
                    new BusinessProfile(
                            WHATSAPP,
                            update.about(),
                            update.address(),
                            update.description(),
                            update.email(),
                            update.websites(),
                            update.vertical(),
                            null,
                            update.profilePictureHandle()));
            LOG.infof("business profile updated channel=%s tenant=%s", channelId, tenantId);
            return view(graph.businessProfile(channel.phoneNumberId(), channel.accessToken()));
        } catch (GraphApiException e) {
            throw GraphProblems.refused("update the business profile", e);
        } catch (GraphUnreachableException | TimeoutException e) {
            throw GraphProblems.unreachable("update the business profile");
        }
    }

    private static BusinessProfileView view(BusinessProfile profile) {
        return new BusinessProfileView(
                profile.about(),
                profile.address(),
                profile.description(),
                profile.email(),
                profile.websites(),
                profile.vertical(),
                profile.profilePictureUrl());
    }
}
