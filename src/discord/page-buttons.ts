import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';

/** Previous / Next under page `page` of `pages`, or no row for a single page; `idFor` gives a page's custom id. */
export function pageButtons(page: number, pages: number, idFor: (page: number) => string): APIActionRowComponent<APIButtonComponent>[] {
  if (pages <= 1) return [];
  const button = (to: number, label: string, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: idFor(to),
    label,
    disabled,
  });
  // Custom ids must differ within a message: on the first page "Previous" points at page 0, "Next" at 1.
  return [
    {
      type: ComponentType.ActionRow,
      components: [button(Math.max(0, page - 1), '◀ Previous', page === 0), button(Math.min(pages - 1, page + 1), 'Next ▶', page >= pages - 1)],
    },
  ];
}
