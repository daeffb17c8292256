package org.cundang.custody;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cundang.internal.json.CustodyJson;

/**
 * The 销毁证明 that goes with a carried-out 销毁清册: when, how and where the content was destroyed. Kept with the list
 * for ever (会计档案管理办法: the 销毁清册 is kept permanently, 附表1 第15项, V; the supervisors sign after, S).
 *
 * @param id          the destruction record's id, not null
 * @param fonds       the 全宗号, not null
 * @param unit        the 立档单位, not null
 * @param appraisalId the 鉴定意见书 that decided it, not null
 * @param destroyedOn the day, not null
 * @param method      how (粉碎, 焚烧, 删除并覆盖 …), not blank
 * @param place       where, not null (may be empty)
 * @param list        the signed 销毁清册, not null
 */
public record DestructionCertificate(String id, String fonds, String unit, String appraisalId, LocalDate destroyedOn,
                                     String method, String place, DestructionList list) {

    /** Validates the parts. */
    public DestructionCertificate {
        requireNonNull(id, "id");
        requireNonNull(fonds, "fonds");
        requireNonNull(unit, "unit");
        requireNonNull(appraisalId, "appraisalId");
        requireNonNull(destroyedOn, "destroyedOn");
        requireNonNull(method, "method");
        requireNonNull(place, "place");
        requireNonNull(list, "list");
    }

    /**
     * The list and certificate as JSON (the body of the destruction record).
     *
     * @return the JSON text, which {@link #fromJson} reads back to an equal value
     */
    public String toJson() {
        return CustodyJson.write(this);
    }

    /**
     * Reads a value written by {@link #toJson()}.
     *
     * @param json the JSON, not null
     * @return the certificate with its list
     * @throws CustodyException CD-8026 when the text is not such a document
     */
    public static DestructionCertificate fromJson(String json) {
        requireNonNull(json, "json");
        try {
            return CustodyJson.readCertificate(json);
        } catch (RuntimeException e) {
            throw CustodyException.of("CD-8026", "销毁清册 / destruction list", String.valueOf(e.getMessage()));
        }
    }
}
