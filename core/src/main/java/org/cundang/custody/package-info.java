/**
 * Custody rules (issue 8, first slice): appraisal decisions (鉴定) and the checks a 销毁清册 must pass before any
 * content is destroyed — due for appraisal, not held, signed by the unit head and the archivist (and the accounting
 * handler when accounting records are listed), and supervised (监销) by two distinct people who confirm before and
 * after. Pure rules: they return findings; the store carries them out.
 *
 * <p>Sources: 档案法实施条例 第二十四条 (appraisal at expiry, V); 会计档案管理办法 (令第79号) destruction procedure and
 * holds for 未结清债权债务 (DOMAIN.md §2.4, S); DOMAIN.md decision 3. Beta: the workflow API around these rules
 * comes with the store integration.
 */
@NullMarked
package org.cundang.custody;

import org.jspecify.annotations.NullMarked;
