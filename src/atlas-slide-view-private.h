/* atlas-slide-view-private.h: what the files of AtlasSlideView share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-chart.h"
#include "atlas-slide-view.h"

G_BEGIN_DECLS

struct _AtlasSlideView
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkWidget  *frame;
  GtkWidget  *header;
  GtkWidget  *content;
  GtkLabel   *heading_label;
  GtkLabel   *counter_label;
  GtkLabel   *kicker_label;
  GtkLabel   *title_label;
  GtkLabel   *body_label;
  AtlasChart *chart;
  GtkLabel   *notes_label;
  GtkLabel   *footer_label;
  GtkLabel   *part_label;
  GtkWidget  *website_box;     /* the helpline's website and its QR code */
  GtkWidget  *qr_code;
  GtkLabel   *website_label;

  AtlasSlide *slide;           /* owned, nullable */
  gboolean    hiding_details;
  double      text_size;       /* px of the body, as last fitted */
  double      min_text_size;   /* px of the smallest text */
  char       *flow;            /* the notes, then the body: the text split */
  gsize       body_start;      /* where the body starts in it */
  GArray     *parts;           /* of AtlasSlidePart, in the flow */
  guint       part;            /* may be past the end until fitted */
  int         fitted_width;    /* the size the text was fitted to */
  int         fitted_height;
  gboolean    needs_fit;
};

void _atlas_slide_view_set_label          (GtkLabel       *label,
                                           const char     *text);
void _atlas_slide_view_update_flow        (AtlasSlideView *self);
void _atlas_slide_view_show_part          (AtlasSlideView *self,
                                           guint           index,
                                           guint           n_parts,
                                           gsize           start,
                                           gsize           end,
                                           gboolean        last);
void _atlas_slide_view_show_current_part  (AtlasSlideView *self);
void _atlas_slide_view_fit                (AtlasSlideView *self);
/* in atlas-slide-view.c */
void _atlas_slide_view_notify_fitted      (AtlasSlideView *self,
                                           gboolean        text_size_changed,
                                           gboolean        n_parts_changed,
                                           gboolean        part_changed);

G_END_DECLS
