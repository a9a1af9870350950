// Inline results for a question about named projects («@bot ГПЗ Жанаозен»): each project's
// card as an article, with its town for the "open in bot" link.
import { projectById } from "../domain/project.ts";
import type { AnswerDeps } from "./answer-deps.ts";
import { projectReply, projectTitle } from "./project-card.ts";
import type { RenderContext, Reply } from "./types.ts";

/** What the chat picker is opened with to share the project again: a title's first words. */
const SHARE_LENGTH = 60;

export interface ProjectArticle {
  id: string;
  title: string;
  reply: Reply;
  townId: string;
  share: string;
}

export function projectArticles(d: AnswerDeps, projectIds: string[], ctx: RenderContext): ProjectArticle[] {
  return projectIds.flatMap((id) => {
    const m = projectById(d.catalog, id);
    const reply = m && projectReply(d, m.id, ctx);
    const townId = m?.townIds[0];
    if (!m || !reply || !townId) return [];
    const title = projectTitle(m, ctx);
    const cut = title.slice(0, SHARE_LENGTH).replace(/\s+\S*$/, "");
    return [{ id: `project:${m.id}`, title: ctx.t("inline-title-project", { title }), reply, townId, share: cut || title.slice(0, SHARE_LENGTH) }];
  });
}
