/* atlas-presentation-input.c: a presentation driven by a mouse, a finger
 * or typed slide numbers
 *
 * A click or a tap goes on, a right click goes back, the wheel goes either
 * way; moving the pointer or a tap shows the pointer and the bar of
 * buttons (AtlasPresentationBar), which hide again when the pointer rests.
 * Typing a slide's number and Enter goes to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-presentation"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-presentation-private.h"

/* The pointer hides when it has not moved for a while */
gboolean
_atlas_presentation_hide_pointer_cb (gpointer user_data)
{
  AtlasPresentation *self = user_data;

  /* Not under a pointer that rests on the bar */
  if (atlas_presentation_bar_get_hovered (self->bar))
    return G_SOURCE_CONTINUE;

  self->pointer_source = 0;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");
  gtk_revealer_set_reveal_child (self->bar_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

/* The pointer and the bar show while the pointer moves, or after a tap */
void
_atlas_presentation_show_pointer (AtlasPresentation *self,
                                  gboolean           with_bar)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  if (with_bar)
    gtk_revealer_set_reveal_child (self->bar_revealer, TRUE);
  g_clear_handle_id (&self->pointer_source, g_source_remove);
  self->pointer_source = g_timeout_add (self->pointer_hide_delay, _atlas_presentation_hide_pointer_cb, self);
}

/* The bar shows when the pointer moves over the slides, not when the
 * slides come up under a resting pointer (F5 pressed, the pointer where
 * it was): GTK reports that first position as a motion too */
static void
pointer_moved_cb (GtkEventControllerMotion *controller,
                  double                    x,
                  double                    y,
                  AtlasPresentation        *self)
{
  gboolean moved = self->pointer_seen && (x != self->pointer_x || y != self->pointer_y);

  self->pointer_seen = TRUE;
  self->pointer_x = x;
  self->pointer_y = y;
  _atlas_presentation_show_pointer (self, moved);
}

static void
click_pressed_cb (GtkGestureClick   *gesture,
                  int                n_press,
                  double             x,
                  double             y,
                  AtlasPresentation *self)
{
  _atlas_presentation_show_pointer (self, TRUE);
}

/* A click or a tap goes on, as in a slide show; a right click goes back.
 * A click on the bar is the bar's: its buttons take it, and between them
 * it does nothing. */
static void
click_released_cb (GtkGestureClick   *gesture,
                   int                n_press,
                   double             x,
                   double             y,
                   AtlasPresentation *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  GtkWidget *target = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  if (target != NULL && (target == GTK_WIDGET (self->bar) || gtk_widget_is_ancestor (target, GTK_WIDGET (self->bar))))
    return;

  if (button == GDK_BUTTON_SECONDARY)
    _atlas_presentation_go_previous (self);
  else if (button == GDK_BUTTON_PRIMARY || button == 0)
    _atlas_presentation_go_next (self);
}

/* The wheel: down goes on, up goes back, a step a slide */
static gboolean
scrolled_cb (GtkEventControllerScroll *controller,
             double                    dx,
             double                    dy,
             AtlasPresentation        *self)
{
  if (dy > 0)
    _atlas_presentation_go_next (self);
  else if (dy < 0)
    _atlas_presentation_go_previous (self);

  return dy != 0;
}

static void
set_typed (AtlasPresentation *self,
           const char        *digits)
{
  g_string_assign (self->typed, digits);

  if (self->typed->len > 0)
    {
      /* TRANSLATORS: shown while a slide number is typed; Enter goes to it */
      g_autofree char *text = g_strdup_printf (_("Go to slide %s"), self->typed->str);

      gtk_label_set_text (self->jump_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->jump_label), self->typed->len > 0);
}

/* Typing a number and Enter goes to that slide; Backspace takes a digit
 * back, Esc forgets the number. Without a number typed, the keys are the
 * presentation's. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                AtlasPresentation     *self)
{
  guint32 c = gdk_keyval_to_unicode (keyval);

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  if (c >= '0' && c <= '9' && self->typed->len < MAX_TYPED_DIGITS &&
      !(c == '0' && self->typed->len == 0))
    {
      g_string_append_c (self->typed, (char) c);
      set_typed (self, self->typed->str);
      return TRUE;
    }

  /* Enter goes on, as a clicker's "next" does: here, before GtkWindow's
   * own binding of Enter (activate the default widget) takes it */
  if (self->typed->len == 0)
    {
      if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
        {
          _atlas_presentation_go_next (self);
          return TRUE;
        }
      return FALSE;
    }

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      {
        guint64 number = g_ascii_strtoull (self->typed->str, NULL, 10);
        guint n = g_list_model_get_n_items (self->slides);

        set_typed (self, "");
        if (n > 0)
          {
            _atlas_presentation_set_at_end (self, FALSE);
            atlas_presentation_set_position (self, (guint) CLAMP (number, 1, n) - 1);
          }
      }
      return TRUE;

    case GDK_KEY_BackSpace:
      g_string_truncate (self->typed, self->typed->len - 1);
      set_typed (self, self->typed->str);
      return TRUE;

    case GDK_KEY_Escape:
      set_typed (self, "");
      return TRUE;

    default:
      /* Any other key forgets the number, and does what it does */
      set_typed (self, "");
      return FALSE;
    }
}

/* The controllers of the pointer, the wheel and typed numbers */
void
_atlas_presentation_input_init (AtlasPresentation *self)
{
  GtkEventController *motion;
  GtkEventController *scroll;
  GtkEventController *keys;
  GtkGesture *click;

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (pointer_moved_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                            GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scrolled_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  /* Before the key bindings: Enter after digits is not "next" */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
