package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.contract.ChatType;
import io.switchboard.contract.inbound.ConversationMigrated;
import org.junit.jupiter.api.Test;

class MigrationNormalisationTests {

    @Test
    void aGroupUpgradedToASupergroupMovesTheOldConversationToTheNewId() {
        ConversationMigrated event = Updates.event("message-migrate-to-supergroup.json", ConversationMigrated.class);

        assertThat(event.header().conversation().externalChatId()).isEqualTo("-4012345678");
        assertThat(event.header().conversation().chatType()).isEqualTo(ChatType.GROUP);
        assertThat(event.newExternalChatId()).isEqualTo("-1004012345678");
    }

    @Test
    void theSupergroupsFirstMessageTellsTheSameMoveUnderTheSameKey() {
        ConversationMigrated fromOld = Updates.event("message-migrate-to-supergroup.json", ConversationMigrated.class);
        ConversationMigrated fromNew = Updates.event("message-migrate-from-group.json", ConversationMigrated.class);

        assertThat(fromNew.header().conversation()).isEqualTo(fromOld.header().conversation());
        assertThat(fromNew.newExternalChatId()).isEqualTo(fromOld.newExternalChatId());
        assertThat(fromNew.deduplicationKey()).isEqualTo(fromOld.deduplicationKey());
        assertThat(fromNew.header().conversationKey())
                .isEqualTo(fromOld.header().conversationKey());
    }
}
