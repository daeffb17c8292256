package org.cundang.custody.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AccessRecord and AccessReturn: JSON round trips (hostile values kept), unreadable documents refused. */
class AccessRecordTest {

    private static final String HOSTILE = "<script>alert('x')</script>\"; DROP TABLE items;-- 𠮷𩸽";

    private static AccessRecord loan() {
        Requester who = new Requester(HOSTILE, "33038119800101001X", "某大学 <b>", false);
        AccessRequest q = new AccessRequest(who, List.of("Z109-WS·2011-Y-BGS-0001", "Z109-WS·2011-Y-BGS-0002"),
                "研究 " + HOSTILE, AccessKind.LOAN, "村主任", LocalDate.of(2026, 4, 1), "村档案员");
        return new AccessRecord("access-000001", q, LocalDateTime.of(2026, 3, 2, 9, 30, 15));
    }

    @Test
    void an_entry_round_trips_through_json_with_hostile_values_kept() {
        AccessRecord r = loan();
        String json = r.toJson();
        assertThat(json).contains("\"schema\" : \"cundang.access/1\"");
        assertThat(AccessRecord.fromJson(json)).isEqualTo(r);
        assertThat(AccessRecord.fromJson(json).request().requester().name()).isEqualTo(HOSTILE);
    }

    @Test
    void a_return_round_trips_through_json() {
        AccessReturn r = new AccessReturn("access-return-000001", "access-000001", LocalDateTime.of(2026, 3, 5, 10, 0),
                "村档案员", "第3页 <破损>");
        assertThat(AccessReturn.fromJson(r.toJson())).isEqualTo(r);
        AccessReturn bare = new AccessReturn("r1", "access-1", LocalDateTime.of(2026, 3, 5, 10, 0), "a", null);
        assertThat(AccessReturn.fromJson(bare.toJson())).isEqualTo(bare);
    }

    @Test
    void past_due_only_for_loans_after_their_due_day() {
        AccessRecord r = loan();
        assertThat(r.isLoan()).isTrue();
        assertThat(r.isPastDue(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(r.isPastDue(LocalDate.of(2026, 4, 2))).isTrue();
    }

    @Test
    void unreadable_documents_are_refused_with_a_code() {
        for (String bad : List.of("", "[]", "{", "{\"schema\":\"cundang.access-return/1\"}",
                "{\"schema\":\"cundang.access/1\",\"id\":\"a\"}", loan().toJson().replace("LOAN", "STEAL"),
                loan().toJson().replace("2026-04-01", "2026-13-01"), "nul\u0000l")) {
            assertThatThrownBy(() -> AccessRecord.fromJson(bad)).isInstanceOf(AccessException.class)
                    .satisfies(e -> assertThat(((AccessException) e).code()).isEqualTo("CD-8055"));
        }
        assertThatThrownBy(() -> AccessReturn.fromJson(loan().toJson())).isInstanceOf(AccessException.class)
                .satisfies(e -> assertThat(((AccessException) e).code()).isEqualTo("CD-8055"));
        // a well-formed document with a bad value is refused with the value's code
        assertThatThrownBy(() -> AccessRecord.fromJson(loan().toJson().replace("村档案员", " ")))
                .satisfies(e -> assertThat(((AccessException) e).code()).isEqualTo("CD-8040"));
    }
}
