/* atlas-presentation-navigation.c: moving through a presentation
 *
 * Next and previous step through the parts of a long item before the
 * next item (AtlasSlideView splits what does not fit in large type);
 * after the last slide comes the closing slide. The actions and their
 * keys are installed here too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-presentation"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-presentation-private.h"
#include "atlas-sections.h"

/* Large type on the closing slide, as on the slides: the screen's height
 * over 24, never below 28 px at 768 */
static void
size_end_page (AtlasPresentation *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double px = MAX ((height > 0 ? height : 768) / 24.0, 28.0);
  PangoAttrList *title = pango_attr_list_new ();
  PangoAttrList *hint = pango_attr_list_new ();

  pango_attr_list_insert (title, pango_attr_size_new_absolute ((int) (px * 1.5 * PANGO_SCALE)));
  pango_attr_list_insert (hint, pango_attr_size_new_absolute ((int) (px * PANGO_SCALE)));
  gtk_label_set_attributes (self->end_title, title);
  gtk_label_set_attributes (self->end_hint, hint);
  pango_attr_list_unref (title);
  pango_attr_list_unref (hint);
}

void
_atlas_presentation_show_slide (AtlasPresentation *self)
{
  guint n = g_list_model_get_n_items (self->slides);
  g_autofree char *counter = NULL;

  if (n > 0)
    /* TRANSLATORS: the slide counter of a presentation: "3 / 14" */
    counter = g_strdup_printf (_("%u / %u"), self->position + 1, n);

  atlas_slide_view_set_counter (self->view, counter);
  atlas_slide_view_set_hiding_details (self->view, atlas_presentation_get_hiding_details (self));
  atlas_slide_view_set_slide (self->view, atlas_presentation_get_slide (self));

  if (self->at_end)
    {
      size_end_page (self);
      gtk_stack_set_visible_child (self->stack, self->end_page);
      /* TRANSLATORS: the slide counter on the closing slide of a presentation */
      atlas_presentation_bar_set_counter (self->bar, C_("presentation counter", "End"));
    }
  else
    {
      gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->view));
      atlas_presentation_bar_set_counter (self->bar, counter);
    }
}

/* On from the last slide is the closing slide; on from there, nothing */
void
_atlas_presentation_go_next (AtlasPresentation *self)
{
  guint n = g_list_model_get_n_items (self->slides);

  if (self->at_end || n == 0)
    return;

  /* A long item's next part, before the next item */
  if (atlas_slide_view_get_part (self->view) + 1 < atlas_slide_view_get_n_parts (self->view))
    {
      atlas_presentation_set_blank (self, ATLAS_BLANK_NONE);
      atlas_slide_view_set_part (self->view, atlas_slide_view_get_part (self->view) + 1);
    }
  else if (self->position + 1 >= n)
    _atlas_presentation_set_at_end (self, TRUE);
  else
    atlas_presentation_set_position (self, self->position + 1);
}

/* Back from the closing slide, or from a long item's first part, is the
 * last part of the item before */
void
_atlas_presentation_go_previous (AtlasPresentation *self)
{
  guint part = atlas_slide_view_get_part (self->view);

  atlas_presentation_set_blank (self, ATLAS_BLANK_NONE);

  if (self->at_end)
    {
      _atlas_presentation_set_at_end (self, FALSE);
      atlas_slide_view_set_part (self->view, G_MAXUINT);
    }
  else if (part > 0)
    atlas_slide_view_set_part (self->view, part - 1);
  else if (self->position > 0)
    {
      atlas_presentation_set_position (self, self->position - 1);
      atlas_slide_view_set_part (self->view, G_MAXUINT);
    }
}

static void
navigate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (widget);
  guint n = g_list_model_get_n_items (self->slides);

  if (g_str_equal (action_name, "presentation.next"))
    _atlas_presentation_go_next (self);
  else if (g_str_equal (action_name, "presentation.previous"))
    _atlas_presentation_go_previous (self);
  else if (g_str_equal (action_name, "presentation.first"))
    atlas_presentation_set_position (self, 0);
  else if (g_str_equal (action_name, "presentation.last") && n > 0)
    atlas_presentation_set_position (self, n - 1);
}

static void
details_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (widget);

  self->details_shown = !self->details_shown;
  _atlas_presentation_show_slide (self);
}

static void
blank_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (widget);
  AtlasBlank blank = g_str_equal (action_name, "presentation.black") ? ATLAS_BLANK_BLACK : ATLAS_BLANK_WHITE;

  /* The same key again shows the slide */
  atlas_presentation_set_blank (self, self->blank == blank ? ATLAS_BLANK_NONE : blank);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
add_keys (GtkWidgetClass     *widget_class,
          const char         *action,
          const guint        *keys,
          guint               n_keys)
{
  for (guint i = 0; i < n_keys; i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i], 0, action, NULL);
}

/* The actions of a presentation, and their keys: a keyboard's and a
 * presentation clicker's (Page Up, Page Down, B, F5, Esc) */
void
_atlas_presentation_install_actions (GtkWidgetClass *widget_class)
{
  static const guint next_keys[] = { GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, GDK_KEY_Right,
                                     GDK_KEY_KP_Right, GDK_KEY_Down, GDK_KEY_KP_Down, GDK_KEY_space,
                                     GDK_KEY_n };
  static const guint previous_keys[] = { GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, GDK_KEY_Left,
                                         GDK_KEY_KP_Left, GDK_KEY_Up, GDK_KEY_KP_Up, GDK_KEY_BackSpace,
                                         GDK_KEY_p };
  static const guint first_keys[] = { GDK_KEY_Home, GDK_KEY_KP_Home };
  static const guint last_keys[] = { GDK_KEY_End, GDK_KEY_KP_End };
  static const guint black_keys[] = { GDK_KEY_b, GDK_KEY_B, GDK_KEY_period };
  static const guint white_keys[] = { GDK_KEY_w, GDK_KEY_W, GDK_KEY_comma };
  static const guint leave_keys[] = { GDK_KEY_Escape, GDK_KEY_F5 };

  gtk_widget_class_install_action (widget_class, "presentation.next", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "presentation.previous", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "presentation.first", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "presentation.last", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "presentation.black", NULL, blank_action);
  gtk_widget_class_install_action (widget_class, "presentation.white", NULL, blank_action);
  gtk_widget_class_install_action (widget_class, "presentation.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "presentation.details", NULL, details_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, 0, "presentation.details", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_D, 0, "presentation.details", NULL);

  add_keys (widget_class, "presentation.next", next_keys, G_N_ELEMENTS (next_keys));
  add_keys (widget_class, "presentation.previous", previous_keys, G_N_ELEMENTS (previous_keys));
  add_keys (widget_class, "presentation.first", first_keys, G_N_ELEMENTS (first_keys));
  add_keys (widget_class, "presentation.last", last_keys, G_N_ELEMENTS (last_keys));
  add_keys (widget_class, "presentation.black", black_keys, G_N_ELEMENTS (black_keys));
  add_keys (widget_class, "presentation.white", white_keys, G_N_ELEMENTS (white_keys));
  add_keys (widget_class, "presentation.leave", leave_keys, G_N_ELEMENTS (leave_keys));
}
