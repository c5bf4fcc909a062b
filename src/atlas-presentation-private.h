/* atlas-presentation-private.h: what the files of AtlasPresentation share
 *
 * atlas-presentation.c has the object and its properties,
 * atlas-presentation-navigation.c moving through the slides and the
 * actions and keys, atlas-presentation-input.c the pointer, touch, wheel
 * and typed slide numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-presentation.h"
#include "atlas-presentation-bar.h"
#include "atlas-slide-view.h"

G_BEGIN_DECLS

#define HIDE_POINTER_MS  2000  /* the default of :pointer-hide-delay */
#define MAX_TYPED_DIGITS 6     /* a slide number typed to go to */

struct _AtlasPresentation
{
  AdwWindow parent_instance;

  /* template widgets */
  GtkStack             *stack;
  AtlasSlideView       *view;
  GtkWidget            *end_page;
  GtkLabel             *end_title;
  GtkLabel             *end_hint;
  GtkWidget            *blank_box;
  GtkLabel             *jump_label;
  GtkRevealer          *bar_revealer;
  AtlasPresentationBar *bar;

  /* owned references */
  AtlasContext *context;
  AtlasProfile *profile;
  GListModel   *items;   /* nullable: the section's own */
  GListModel   *slides;

  AtlasSection section;
  guint        position;
  gboolean     at_end;   /* the closing slide, after the last */
  GString     *typed;    /* digits of a slide number */
  AtlasBlank   blank;
  guint        pointer_source;
  gboolean     pointer_seen;    /* and where: the bar shows when it moves */
  double       pointer_x;
  double       pointer_y;
  guint        pointer_hide_delay;  /* ms */
  guint        inhibit_cookie;
  gboolean     inhibiting;
  gboolean     details_shown;   /* of a sensitive slide, in the classroom-safe view */
};

void     _atlas_presentation_show_slide      (AtlasPresentation *self);
void     _atlas_presentation_set_at_end      (AtlasPresentation *self,
                                              gboolean           at_end);
void     _atlas_presentation_go_next         (AtlasPresentation *self);
void     _atlas_presentation_go_previous     (AtlasPresentation *self);
void     _atlas_presentation_install_actions (GtkWidgetClass    *widget_class);
void     _atlas_presentation_show_pointer    (AtlasPresentation *self,
                                              gboolean           with_bar);
gboolean _atlas_presentation_hide_pointer_cb (gpointer           user_data);
void     _atlas_presentation_input_init      (AtlasPresentation *self);

G_END_DECLS
