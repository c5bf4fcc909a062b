/* atlas-page.h: what the window asks of every page it shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_PAGE (atlas_page_get_type ())

G_DECLARE_INTERFACE (AtlasPage, atlas_page, ATLAS, PAGE, GtkWidget)

struct _AtlasPageInterface
{
  GTypeInterface parent_iface;

  gboolean       (*focus_item)      (AtlasPage  *self,
                                     const char *id);
  GtkAdjustment *(*get_vadjustment) (AtlasPage  *self);
  const char    *(*get_item)        (AtlasPage  *self);
  GListModel    *(*get_shown_items) (AtlasPage  *self);
  const char    *(*get_item_at_top) (AtlasPage  *self);
};

gboolean       atlas_page_focus_item      (AtlasPage  *self,
                                           const char *id);
GtkAdjustment *atlas_page_get_vadjustment (AtlasPage  *self);
const char    *atlas_page_get_item        (AtlasPage  *self);
GListModel    *atlas_page_get_shown_items (AtlasPage  *self);
const char    *atlas_page_get_item_at_top (AtlasPage  *self);
GtkWidget     *atlas_page_find_top_child  (GtkWidget  *viewport,
                                           GtkWidget  *parent);
void           atlas_page_toast           (AtlasPage  *self,
                                           const char *message);

G_END_DECLS
