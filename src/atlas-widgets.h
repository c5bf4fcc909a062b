/* atlas-widgets.h: small building blocks of the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

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

G_END_DECLS
