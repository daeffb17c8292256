/**
 * 查阅利用 (access): the register of consultations, loans and copies, and the rules an entry must pass before it is
 * kept — an approver for controlled items (personal or sensitive information) and, for requesters from outside the
 * unit, for items not yet open to the public (档案法 2020 第二十七条, 25 years after formation, S, configurable); no
 * loan of destroyed items; loans only where the policy allows them (village practice: no lending by default,
 * DOMAIN.md §6, S). The register reports overdue loans and the items reaching the opening age in a year.
 *
 * <p>Pure rules and values: they know nothing of stores. {@code org.cundang.workflow.AccessRegister} (spi) reads the
 * facts from a store and keeps the entries as custody records. Beta (issue 8).
 */
@NullMarked
package org.cundang.custody.access;

import org.jspecify.annotations.NullMarked;
