/* atlas-profile-gather.c: what a profile gathers from its items once
 * they are parsed: the Timeline's dated events from every section, and
 * its notes (how many, the newest, those of each section)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-profile"

#include "config.h"

#include "atlas-event.h"
#include "atlas-helpline.h"
#include "atlas-note.h"
#include "atlas-profile-private.h"

typedef struct {
  AtlasEvent *event;
  guint       order;
} SortableEvent;

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const SortableEvent *ea = a;
  const SortableEvent *eb = b;
  int ya = atlas_item_get_year (ATLAS_ITEM (ea->event));
  int yb = atlas_item_get_year (ATLAS_ITEM (eb->event));

  if (ya != yb)
    return ya < yb ? -1 : 1;

  /* Stable: within a year, keep the order of the file */
  return ea->order < eb->order ? -1 : ea->order > eb->order;
}

/*
 * atlas_profile_gather_events:
 *
 * Fills the events model with every dated item of the profile, oldest
 * first: education initiatives, organizations with a founding year,
 * legislation items with a year, and the timeline section itself.
 */
void
atlas_profile_gather_events (AtlasProfile *self)
{
  GListModel *dated[] = {
    G_LIST_MODEL (self->education),
    G_LIST_MODEL (self->organizations),
    G_LIST_MODEL (self->legislation),
  };
  GListModel *timeline = G_LIST_MODEL (self->timeline);
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (SortableEvent));

  for (guint m = 0; m < G_N_ELEMENTS (dated); m++)
    for (guint i = 0; i < g_list_model_get_n_items (dated[m]); i++)
      {
        g_autoptr(AtlasItem) item = g_list_model_get_item (dated[m], i);
        SortableEvent e = { NULL, events->len };

        if (atlas_item_get_year (item) == 0)
          continue;

        e.event = atlas_event_new_for_item (item);
        g_array_append_val (events, e);
      }

  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      SortableEvent e = { g_list_model_get_item (timeline, i), events->len };

      g_array_append_val (events, e);
    }

  g_array_sort (events, compare_events);

  {
    g_autofree gpointer *items = g_new (gpointer, MAX (events->len, 1));

    for (guint i = 0; i < events->len; i++)
      items[i] = g_array_index (events, SortableEvent, i).event;

    g_list_store_splice (self->events, 0,
                         g_list_model_get_n_items (G_LIST_MODEL (self->events)),
                         items, events->len);

    for (guint i = 0; i < events->len; i++)
      g_object_unref (items[i]);
  }
}

/* Counts @notes, and keeps the newest dated note */
static void
gather_notes (AtlasProfile *self,
              GListModel   *notes)
{
  AtlasNote *newest = atlas_notes_find_newest (notes);

  self->n_notes += g_list_model_get_n_items (notes);
  if (newest != NULL && atlas_note_get_year (newest) != 0 &&
      (self->newest_note == NULL || atlas_note_compare_dates (newest, self->newest_note) > 0))
    self->newest_note = newest;  /* a model of the profile keeps it */
}

/*
 * atlas_profile_gather_notes:
 *
 * Counts the notes of the profile, once it is parsed: those of each item
 * (a Timeline event that stands for an item shows that item's notes,
 * counted once), of the helpline and of each section; and finds the
 * newest.
 */
void
atlas_profile_gather_notes (AtlasProfile *self)
{
  GListModel *items[] = {
    G_LIST_MODEL (self->statistics), G_LIST_MODEL (self->education),
    G_LIST_MODEL (self->police_units), G_LIST_MODEL (self->organizations),
    G_LIST_MODEL (self->research), G_LIST_MODEL (self->legislation),
    G_LIST_MODEL (self->timeline),
  };

  self->n_notes = 0;
  self->newest_note = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (self->section_notes); i++)
    if (self->section_notes[i] != NULL)
      gather_notes (self, self->section_notes[i]);

  if (self->helpline != NULL)
    gather_notes (self, atlas_helpline_get_notes (self->helpline));

  for (guint m = 0; m < G_N_ELEMENTS (items); m++)
    {
      guint n = g_list_model_get_n_items (items[m]);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AtlasItem) item = g_list_model_get_item (items[m], i);

          gather_notes (self, atlas_item_get_notes (item));
        }
    }
}

/**
 * atlas_profile_get_section_notes:
 *
 * The notes on @section as a whole: for the Legislation section, say, that
 * the law it quotes has since been rewritten.
 *
 * Returns: (transfer none): the section's notes (#AtlasNote), in the order
 *   of the profile; empty, never %NULL, when it has none
 */
GListModel *
atlas_profile_get_section_notes (AtlasProfile *self,
                                 AtlasSection  section)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);
  g_return_val_if_fail (section < ATLAS_N_SECTIONS, NULL);

  if (self->section_notes[section] == NULL)
    return atlas_notes_get_empty ();

  return self->section_notes[section];
}

/**
 * atlas_profile_get_n_notes:
 *
 * Returns: how many notes the profile has in all: on its items, its
 *   helpline and its sections, each counted once
 */
guint
atlas_profile_get_n_notes (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), 0);

  return self->n_notes;
}

/**
 * atlas_profile_get_newest_note:
 *
 * The note with the latest date (atlas_note_compare_dates()), the first of
 * them in the file when several share it; a correction without a date is
 * never the newest. Its date (atlas_note_get_year(),
 * atlas_note_format_date()) says how recent the profile's notes are.
 *
 * Returns: (transfer none) (nullable): the newest dated note, or %NULL when
 *   the profile has no dated note
 */
AtlasNote *
atlas_profile_get_newest_note (AtlasProfile *self)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (self), NULL);

  return self->newest_note;
}
