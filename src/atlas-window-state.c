/* atlas-window-state.c: the reader's place: the content's scroll position,
 * read, and restored while a page takes its size (the language switch
 * keeps it)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-window-private.h"
#include "atlas-page.h"

/* How far the page can scroll */
static double
scroll_range (GtkAdjustment *adjustment)
{
  return gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_lower (adjustment) -
         gtk_adjustment_get_page_size (adjustment);
}

static GtkAdjustment *
get_content_adjustment (AtlasWindow *self)
{
  GtkWidget *shown = gtk_stack_get_visible_child (self->stack);

  return ATLAS_IS_PAGE (shown) ? atlas_page_get_vadjustment (ATLAS_PAGE (shown)) : NULL;
}

/**
 * atlas_window_get_scroll_position:
 *
 * Returns: how far down the page shown is scrolled, from 0 (the top) to 1
 *   (the end)
 */
double
atlas_window_get_scroll_position (AtlasWindow *self)
{
  GtkAdjustment *adjustment;
  double range;

  g_return_val_if_fail (ATLAS_IS_WINDOW (self), 0.0);

  adjustment = get_content_adjustment (self);
  if (adjustment == NULL)
    return 0.0;

  range = scroll_range (adjustment);
  return range > 0 ? (gtk_adjustment_get_value (adjustment) - gtk_adjustment_get_lower (adjustment)) / range
                   : 0.0;
}

static void
apply_scroll (AtlasWindow *self)
{
  GtkAdjustment *adjustment = self->scroll_adjustment;
  double range = scroll_range (adjustment);

  if (range <= 0)
    return;

  self->scroll_applying = TRUE;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment) + self->scroll_target * range);
  self->scroll_applying = FALSE;
}

/* Someone else scrolled: the reader, or the page itself */
static void
scroll_value_changed_cb (AtlasWindow *self)
{
  if (!self->scroll_applying)
    _atlas_window_stop_restoring_scroll (self);
}

void
_atlas_window_stop_restoring_scroll (AtlasWindow *self)
{
  if (self->scroll_adjustment == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->scroll_adjustment, self);
  g_clear_object (&self->scroll_adjustment);
}

/**
 * atlas_window_set_scroll_position:
 * @position: from 0 (the top) to 1 (the end)
 *
 * Scrolls the page shown to @position, now and again as the page takes
 * its size (a new window has none yet), until the reader scrolls or goes
 * to another page. The language switch keeps the reader's place so.
 */
void
atlas_window_set_scroll_position (AtlasWindow *self,
                                  double       position)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (ATLAS_IS_WINDOW (self));

  _atlas_window_stop_restoring_scroll (self);

  adjustment = get_content_adjustment (self);
  if (adjustment == NULL)
    return;

  self->scroll_adjustment = g_object_ref (adjustment);
  self->scroll_target = CLAMP (position, 0.0, 1.0);
  apply_scroll (self);
  g_signal_connect_swapped (adjustment, "changed", G_CALLBACK (apply_scroll), self);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (scroll_value_changed_cb), self);
}
