/**
 * The township's yearly work and overview (issue 8): the yearly collection checklist per village (应收尽收), the
 * overview across the villages of a township and the townships of a city (村档乡管 coverage, items and pages held,
 * share digitised, transfers, open findings, rooms out of band), and the inspection scoring sheet (检查督查) whose
 * result counts in the annual assessment. Values and rules only: the figures are gathered from a store by
 * {@code org.cundang.workflow.TownshipOverview} (spi module). Exports as JSON, CSV (UTF-8 with BOM, formula-looking
 * cells neutralised) and a printable Chinese HTML page.
 *
 * <p>Sources: 村级档案管理办法 第七条 (no refusing to file, V); 瑞安市《关于进一步加强农村基层组织档案工作的实施意见》
 * (二 应收尽收, 四（三）数字化 and the seven 防, 五（三）检查结果作为年度考核的重要依据; S, copy in
 * {@code shared/reference}). Beta: the figures and the sheet format may grow.
 */
@NullMarked
package org.cundang.custody.overview;

import org.jspecify.annotations.NullMarked;
