/* atlas-page.c: what the window asks of every page it shows: to bring an
 * item into view, and the adjustment of what scrolls (for the reader's
 * place); and what a page tells whoever shows it: a short message for a
 * toast. So no page names its window, and the window never asks a page
 * what type it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-page"

#include "config.h"

#include "atlas-page.h"

G_DEFINE_INTERFACE (AtlasPage, atlas_page, GTK_TYPE_WIDGET)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
atlas_page_real_focus_item (AtlasPage  *self,
                            const char *id)
{
  return FALSE;
}

static void
atlas_page_default_init (AtlasPageInterface *iface)
{
  iface->focus_item = atlas_page_real_focus_item;

  /**
   * AtlasPage::toast:
   * @message: what to tell the reader, plain text
   *
   * Emitted when the page has something short to say: "Citation copied".
   */
  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  G_TYPE_STRING);
}

/**
 * atlas_page_focus_item:
 * @id: the id of an item of the page's section
 *
 * Brings the item into view and gives it the keyboard focus.
 *
 * Returns: whether the page has that item
 */
gboolean
atlas_page_focus_item (AtlasPage  *self,
                       const char *id)
{
  g_return_val_if_fail (ATLAS_IS_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return ATLAS_PAGE_GET_IFACE (self)->focus_item (self, id);
}

/**
 * atlas_page_get_vadjustment:
 *
 * Returns: (transfer none) (nullable): the vertical adjustment of what
 *   scrolls in the page
 */
GtkAdjustment *
atlas_page_get_vadjustment (AtlasPage *self)
{
  AtlasPageInterface *iface;

  g_return_val_if_fail (ATLAS_IS_PAGE (self), NULL);

  iface = ATLAS_PAGE_GET_IFACE (self);
  return iface->get_vadjustment != NULL ? iface->get_vadjustment (self) : NULL;
}

/**
 * atlas_page_toast:
 * @message: what to tell the reader, plain text
 *
 * Emits #AtlasPage::toast: for the pages themselves.
 */
void
atlas_page_toast (AtlasPage  *self,
                  const char *message)
{
  g_return_if_fail (ATLAS_IS_PAGE (self));
  g_return_if_fail (message != NULL);

  g_signal_emit (self, signals[TOAST], 0, message);
}
