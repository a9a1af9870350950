// /app: every town at once — the map, then the table it stands for (the table is the map's
// accessible alternative). Filtering and sorting are a plain GET form, so they work
// without JavaScript; the page's script does the same in place.
import type { Catalog } from "../domain/types.ts";
import { escapeAttr, escapeHtml } from "../render/format.ts";
import type { RenderContext } from "../render/types.ts";
import { pageHref } from "./layout.ts";
import { renderMap } from "./map.ts";
import { applyQuery, GROUPS, groupLabel, SORT_KEYS, type TableQuery, type TownRow, townRows } from "./rows.ts";

const numberAttr = (n: number | null) => (n === null ? "" : String(n));

function row(r: TownRow, ctx: RenderContext): string {
  const { t } = ctx;
  const href = escapeAttr(pageHref(`/app/${r.id}`, ctx.lang));
  const asOf = r.populationAsOf ? ` <small class="asof">(${escapeHtml(r.populationAsOf)})</small>` : "";
  // data-label: the column's name, for the map's summary of a town (app.js).
  const label = (key: string) => ` data-label="${escapeAttr(t(key))}"`;
  const projectsLabel = (key: string) => ` data-label="${escapeAttr(`${t("webapp-col-projects")}: ${t(key)}`)}"`;
  const projects = r.projects
    ? `<td class="num"${projectsLabel("webapp-col-done")}>${r.projects.done}</td><td class="num"${projectsLabel("webapp-col-unfinished")}>${r.projects.unfinished}</td>` +
      `<td class="num"${projectsLabel("webapp-col-unknown")}>${r.projects.unknown}</td>`
    : `<td colspan="3" class="unknown"${label("webapp-col-projects")}>${escapeHtml(t("webapp-no-projects"))}</td>`;
  return (
    `<tr data-town="${escapeAttr(r.id)}" data-group="${r.group}" data-region="${escapeAttr(r.regionKey)}" data-name="${escapeAttr(r.name)}"` +
    ` data-population="${numberAttr(r.population)}" data-unfinished="${numberAttr(r.projects?.unfinished ?? null)}" data-planned="${numberAttr(r.planned)}">` +
    `<th scope="row"><a href="${href}">${escapeHtml(r.name)}</a></th>` +
    `<td${label("webapp-col-tier")}><span class="dot g-${r.group}" aria-hidden="true"></span>${escapeHtml(r.groupLabel)}</td>` +
    `<td${label("webapp-col-region")}>${escapeHtml(r.region)}</td>` +
    `<td class="num"${label("webapp-col-population")}>${r.populationHtml}${asOf}</td>` +
    projects +
    `<td${label("webapp-col-money")}>${r.moneyHtml}</td></tr>`
  );
}

function options(list: Array<[string, string]>, selected: string | null, all: string): string {
  return [
    `<option value="">${escapeHtml(all)}</option>`,
    ...list.map(([v, l]) => `<option value="${escapeAttr(v)}"${v === selected ? " selected" : ""}>${escapeHtml(l)}</option>`),
  ].join("");
}

function controls(catalog: Catalog, rows: TownRow[], q: TableQuery, ctx: RenderContext): string {
  const { t } = ctx;
  const groups = GROUPS.filter((g) => rows.some((r) => r.group === g)).map((g): [string, string] => [g, groupLabel(catalog, g, ctx)]);
  const regions = [...new Map(rows.map((r) => [r.regionKey, r.region])).entries()].sort((a, b) => a[1].localeCompare(b[1], ctx.lang));
  const sorts = SORT_KEYS.map((k) => `<option value="${k}"${k === q.sort ? " selected" : ""}>${escapeHtml(t(`webapp-sort-${k}`))}</option>`).join("");
  return `<form class="controls" method="get" action="/app" aria-label="${escapeAttr(t("webapp-filter-title"))}">
${ctx.lang === "kk" ? `<input type="hidden" name="lang" value="kk">` : ""}
<label>${escapeHtml(t("webapp-filter-tier"))} <select name="tier" id="f-tier">${options(groups, q.group, t("webapp-filter-all"))}</select></label>
<label>${escapeHtml(t("webapp-filter-region"))} <select name="region" id="f-region">${options(regions, q.region, t("webapp-filter-all"))}</select></label>
<label>${escapeHtml(t("webapp-sort"))} <select name="sort" id="f-sort">${sorts}</select></label>
<button type="submit">${escapeHtml(t("webapp-apply"))}</button>
</form>`;
}

export function renderListBody(catalog: Catalog, q: TableQuery, ctx: RenderContext): string {
  const { t } = ctx;
  const all = townRows(catalog, ctx);
  const shown = applyQuery([...all], q, ctx.lang);
  const groups = GROUPS.filter((g) => all.some((r) => r.group === g)).map((group) => ({ group, label: groupLabel(catalog, group, ctx) }));
  const map = renderMap(all, {
    label: t("webapp-map-label", { count: all.length }),
    legend: t("webapp-legend"),
    groups,
    href: (id) => pageHref(`/app/${id}`, ctx.lang),
  });
  const shownText = (n: number) => t("webapp-shown", { shown: n, total: all.length });
  return `<h1>${escapeHtml(t("webapp-title"))}</h1>
<section aria-labelledby="map-h"><h2 id="map-h">${escapeHtml(t("webapp-map-title"))}</h2>
${map}
<div class="map-summary" id="map-summary" aria-live="polite" hidden></div>
</section>
<section aria-labelledby="table-h"><h2 id="table-h">${escapeHtml(t("webapp-table-title"))}</h2>
${controls(catalog, all, q, ctx)}
<p class="shown" role="status" aria-live="polite" data-template="${escapeAttr(t("webapp-shown", { shown: "{n}", total: all.length }))}">${escapeHtml(shownText(shown.length))}</p>
<div class="scroll" tabindex="0" role="region" aria-labelledby="table-h">
<table id="towns">
<caption>${escapeHtml(t("webapp-table-caption", { count: all.length }))}</caption>
<thead><tr>
<th scope="col" rowspan="2">${escapeHtml(t("webapp-col-town"))}</th>
<th scope="col" rowspan="2">${escapeHtml(t("webapp-col-tier"))}</th>
<th scope="col" rowspan="2">${escapeHtml(t("webapp-col-region"))}</th>
<th scope="col" rowspan="2" data-sort="population">${escapeHtml(t("webapp-col-population"))}</th>
<th scope="colgroup" colspan="3">${escapeHtml(t("webapp-col-projects"))}</th>
<th scope="col" rowspan="2" data-sort="planned">${escapeHtml(t("webapp-col-money"))}</th>
</tr><tr>
<th scope="col">${escapeHtml(t("webapp-col-done"))}</th>
<th scope="col" data-sort="unfinished">${escapeHtml(t("webapp-col-unfinished"))}</th>
<th scope="col">${escapeHtml(t("webapp-col-unknown"))}</th>
</tr></thead>
<tbody>
${shown.map((r) => row(r, ctx)).join("\n")}
</tbody>
</table>
</div>
</section>`;
}
