/* atlas-widgets.h: small building blocks of the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-figure.h"
#include "atlas-profile.h"

G_BEGIN_DECLS

GtkWidget *atlas_text_new        (const char *text,
                                  const char *css_class);
GtkWidget *atlas_link_button_new (const char *label,
                                  const char *url);
GtkWidget *atlas_item_box_new    (void);
void       atlas_item_box_add    (GtkWidget  *box,
                                  const char *text,
                                  const char *css_class);
void       atlas_widget_show_found (GtkWidget *widget);
gboolean   atlas_widget_get_scroll_offset (GtkWidget          *widget,
                                           GtkScrolledWindow **scrolled,
                                           double             *offset);
gboolean   atlas_adjustment_scroll_by     (GtkAdjustment      *adjustment,
                                           double              by);
GtkWidget *atlas_language_tag_new  (void);
void       atlas_language_tag_update (GtkWidget     *tag,
                                      AtlasProfile  *profile,
                                      gconstpointer  what,
                                      gboolean       legal);
GtkWidget *atlas_language_tag_new_for (AtlasProfile  *profile,
                                       gconstpointer  what,
                                       gboolean       legal);
void       atlas_item_box_add_source (GtkWidget         *box,
                                      const AtlasSource *source);
void       atlas_item_box_add_language_tag (GtkWidget     *box,
                                            AtlasProfile  *profile,
                                            gconstpointer  what,
                                            gboolean       legal);
void       atlas_item_box_add_texts_language_tag (GtkWidget    *box,
                                                  AtlasProfile *profile,
                                                  const char   *text,
                                                  const char   *other);

void       atlas_widget_set_accessible_name (GtkWidget  *widget,
                                             const char *name);
void       atlas_button_name_from_label     (GtkWidget  *button);
void       atlas_widget_name_inner_button   (GtkWidget  *widget);

void        atlas_popover_menu_name_items    (GtkWidget     *widget);

G_END_DECLS
