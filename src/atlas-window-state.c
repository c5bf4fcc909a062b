/* atlas-window-state.c: the window's state as a GVariant, saved and
 * restored (the language switch makes each window again with it): the
 * profile, section, item, search, scroll position and size; the scroll
 * position, restored while a page takes its size; and the size a new
 * window takes, the last one's
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

/* The item the reader is at in the section's page, unless a search shows
 * its results instead */
static const char *
get_current_item (AtlasWindow *self)
{
  GtkWidget *shown = gtk_stack_get_visible_child (self->stack);

  if (shown == NULL || shown != self->pages[self->section])
    return NULL;

  return atlas_page_get_item (ATLAS_PAGE (shown));
}

/**
 * atlas_window_save_state:
 *
 * The window's state, for atlas_window_restore_state(): a dictionary
 * (`a{sv}`) of
 * - "profile-uri" (s): where the profile shown comes from, if known
 * - "section" (s): the section's name ("legislation")
 * - "item" (s): the id of the item the reader is at, if the page knows
 * - "search" (s): what the search bar holds, while it is open
 * - "scroll" (d): how far down the page shown is, from 0 to 1
 * - "width", "height" (i) and "maximized" (b): the window's size
 *
 * Returns: (transfer full): the state
 */
GVariant *
atlas_window_save_state (AtlasWindow *self)
{
  GVariantDict dict;
  const char *item, *search;
  int width, height;

  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  g_variant_dict_init (&dict, NULL);

  if (self->profile_uri != NULL)
    g_variant_dict_insert (&dict, "profile-uri", "s", self->profile_uri);
  g_variant_dict_insert (&dict, "section", "s", atlas_section_get_name (self->section));
  if ((item = get_current_item (self)) != NULL)
    g_variant_dict_insert (&dict, "item", "s", item);
  if ((search = atlas_window_get_search_text (self)) != NULL)
    g_variant_dict_insert (&dict, "search", "s", search);
  g_variant_dict_insert (&dict, "scroll", "d", atlas_window_get_scroll_position (self));

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_variant_dict_insert (&dict, "width", "i", width);
  g_variant_dict_insert (&dict, "height", "i", height);
  g_variant_dict_insert (&dict, "maximized", "b", gtk_window_is_maximized (GTK_WINDOW (self)));

  return g_variant_ref_sink (g_variant_dict_end (&dict));
}

/* The reader's place in the profile shown: section, item, search and
 * scroll position, in that order (going to a section ends a search, and
 * the search's results are what scrolls then) */
static void
restore_place (AtlasWindow *self,
               GVariant    *state)
{
  const char *name, *item, *search;
  AtlasSection section;
  double scroll;

  if (g_variant_lookup (state, "section", "&s", &name) && atlas_section_from_name (name, &section))
    atlas_window_set_section (self, section);
  if (g_variant_lookup (state, "item", "&s", &item) && self->pages[self->section] != NULL)
    atlas_page_focus_item (ATLAS_PAGE (self->pages[self->section]), item);
  if (g_variant_lookup (state, "search", "&s", &search))
    atlas_window_search (self, search);
  if (g_variant_lookup (state, "scroll", "d", &scroll))
    atlas_window_set_scroll_position (self, scroll);
}

/* A profile file opened for a state has loaded (@loaded), or not: the
 * rest of the state, if still wanted */
void
_atlas_window_finish_restoring (AtlasWindow *self,
                                gboolean     loaded)
{
  g_autoptr(GVariant) state = g_steal_pointer (&self->pending_state);

  if (state != NULL && loaded)
    restore_place (self, state);
}

/**
 * atlas_window_restore_state:
 * @state: a state of atlas_window_save_state(); keys it lacks, or of
 *   another type, are left as they are
 *
 * Gives the window the size of @state, shows its profile (read again
 * unless the window shows it already; a file is read in the background,
 * and the rest waits for it) and goes back to the same place in it.
 */
void
atlas_window_restore_state (AtlasWindow *self,
                            GVariant    *state)
{
  const char *uri;
  int width, height;
  gboolean maximized;

  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (state != NULL && g_variant_is_of_type (state, G_VARIANT_TYPE_VARDICT));

  /* It replaces a state still waiting for its file */
  _atlas_window_finish_restoring (self, FALSE);

  if (g_variant_lookup (state, "width", "i", &width) && g_variant_lookup (state, "height", "i", &height))
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_variant_lookup (state, "maximized", "b", &maximized))
    {
      if (maximized)
        gtk_window_maximize (GTK_WINDOW (self));
      else
        gtk_window_unmaximize (GTK_WINDOW (self));
    }

  if (g_variant_lookup (state, "profile-uri", "&s", &uri) && g_strcmp0 (uri, self->profile_uri) != 0)
    {
      atlas_window_open_uri (self, uri);
      if (atlas_window_is_loading (self))
        {
          self->pending_state = g_variant_ref (state);
          return;
        }
    }

  restore_place (self, state);
}

/* A new window takes the size of the last one closed, which the context
 * keeps */
void
_atlas_window_restore_size (AtlasWindow *self)
{
  int width, height;
  gboolean maximized;

  atlas_context_get_window_size (self->context, &width, &height, &maximized);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (maximized)
    gtk_window_maximize (GTK_WINDOW (self));
}

/* The window closes: its size is the next one's */
void
_atlas_window_remember_size (AtlasWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  atlas_context_set_window_size (self->context, width, height, gtk_window_is_maximized (GTK_WINDOW (self)));
}
