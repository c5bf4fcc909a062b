/* atlas-search-index.c: every item of a profile, searchable at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-search-index"
#define _GNU_SOURCE  /* memmem */

#include "config.h"

#include <string.h>

#include "atlas-helpline.h"
#include "atlas-note.h"
#include "atlas-item.h"
#include "atlas-search-index.h"
#include "atlas-text.h"

/*
 * The index is built once for a profile. The folded text of all the items
 * (atlas_text_fold()) is one buffer, one item after the other, each begun
 * by a space and ended by a newline, which folded text never holds. A
 * query looks for its longest word in the whole buffer with memmem(),
 * finds the item of each hit by bisection, checks the other words in that
 * item only, and goes on after it: no per-item call for items that cannot
 * match.
 *
 * A word matches at the start of a word, a long one inside words too
 * (atlas_text_find_word()). Every word of the buffer follows a space, so a
 * short word is looked for with the space before it: one memmem() finds
 * word starts only, however often the letters occur inside words.
 *
 * When the profile is translated again (its language changes), the index
 * is made again, with the same items in the same order.
 */

typedef struct
{
  AtlasSection section;
  AtlasItem *item;     /* owned by the profile; NULL for the helpline */
  const char *detail;  /* owned by strings */
  gsize start;         /* of the item's text in folded */
  gsize end;           /* its newline */
} Item;

struct _AtlasSearchIndex
{
  GObject parent_instance;

  AtlasProfile *profile;
  GArray *items;
  GString *folded;
  GStringChunk *strings;
};

/* About the most characters of a snippet (atlas_text_snippet()) */
#define SNIPPET_LENGTH 110

G_DEFINE_FINAL_TYPE (AtlasSearchIndex, atlas_search_index, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
keep (AtlasSearchIndex *self,
      char             *text)
{
  g_autofree char *owned = text;

  return owned != NULL ? g_string_chunk_insert (self->strings, owned) : NULL;
}

/* Adds an item: a query matches its texts, any of which may be %NULL */
static void
add_item (AtlasSearchIndex *self,
          AtlasSection      section,
          AtlasItem        *item,
          const char       *detail,
          GPtrArray        *texts)
{
  Item entry = { section, item, detail, self->folded->len, 0 };

  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *folded = atlas_text_fold (g_ptr_array_index (texts, i));

      if (folded[0] == '\0')
        continue;
      g_string_append_c (self->folded, ' ');
      g_string_append (self->folded, folded);
    }

  entry.end = self->folded->len;
  g_string_append_c (self->folded, '\n');
  g_array_append_val (self->items, entry);
}

static void get_texts (AtlasSearchIndex *self,
                       const Item       *item,
                       GPtrArray        *texts);

static void
add_helpline (AtlasSearchIndex *self,
              AtlasHelpline    *helpline)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  Item helpline_item = { ATLAS_SECTION_OVERVIEW, NULL, NULL, 0, 0 };

  get_texts (self, &helpline_item, texts);
  add_item (self, ATLAS_SECTION_OVERVIEW, NULL,
            keep (self, g_strdup (atlas_helpline_get_number (helpline))), texts);
}

static void
index_profile (AtlasSearchIndex *self)
{
  AtlasProfile *profile = self->profile;
  AtlasHelpline *helpline = atlas_profile_get_helpline (profile);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  g_array_set_size (self->items, 0);
  g_string_truncate (self->folded, 0);
  g_string_chunk_clear (self->strings);

  for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
    {
      /* The timeline's own items: the dated items of other sections are
       * found in their sections */
      GListModel *model = section == ATLAS_SECTION_TIMELINE
                          ? atlas_profile_get_timeline (profile)
                          : atlas_profile_get_section_model (profile, section);
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AtlasItem) item = g_list_model_get_item (model, i);

          g_ptr_array_set_size (texts, 0);
          atlas_item_add_search_texts (item, texts);
          add_item (self, section, item, keep (self, atlas_item_format_search_detail (item)), texts);
        }

      /* The Overview: the statistics, then the helpline */
      if (section == ATLAS_SECTION_OVERVIEW && helpline != NULL)
        add_helpline (self, helpline);
    }
}

static void
language_changed_cb (AtlasSearchIndex *self,
                     GParamSpec       *pspec,
                     AtlasProfile     *profile)
{
  index_profile (self);
}

static void
atlas_search_index_constructed (GObject *object)
{
  AtlasSearchIndex *self = ATLAS_SEARCH_INDEX (object);

  G_OBJECT_CLASS (atlas_search_index_parent_class)->constructed (object);

  if (self->profile == NULL)
    return;

  index_profile (self);
  g_signal_connect_object (self->profile, "notify::language",
                           G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
atlas_search_index_finalize (GObject *object)
{
  AtlasSearchIndex *self = ATLAS_SEARCH_INDEX (object);

  g_clear_object (&self->profile);
  g_array_unref (self->items);
  g_string_free (self->folded, TRUE);
  g_string_chunk_free (self->strings);

  G_OBJECT_CLASS (atlas_search_index_parent_class)->finalize (object);
}

static void
atlas_search_index_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasSearchIndex *self = ATLAS_SEARCH_INDEX (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_search_index_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasSearchIndex *self = ATLAS_SEARCH_INDEX (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_search_index_class_init (AtlasSearchIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = atlas_search_index_constructed;
  object_class->finalize = atlas_search_index_finalize;
  object_class->get_property = atlas_search_index_get_property;
  object_class->set_property = atlas_search_index_set_property;

  /**
   * AtlasSearchIndex:profile:
   *
   * The profile whose items are indexed; it does not change. When its
   * language does, the index is made again.
   */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         ATLAS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_search_index_init (AtlasSearchIndex *self)
{
  self->items = g_array_new (FALSE, FALSE, sizeof (Item));
  self->folded = g_string_new (NULL);
  self->strings = g_string_chunk_new (4096);
}

/**
 * atlas_search_index_new:
 * @profile: a loaded profile
 *
 * Indexes every item of @profile: statistics and the helpline (Overview),
 * education initiatives, police units, organizations, publications,
 * legislation and the timeline's events, in the order of the sections and
 * of the profile.
 *
 * Returns: (transfer full): the index
 */
AtlasSearchIndex *
atlas_search_index_new (AtlasProfile *profile)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), NULL);

  return g_object_new (ATLAS_TYPE_SEARCH_INDEX, "profile", profile, NULL);
}

AtlasProfile *
atlas_search_index_get_profile (AtlasSearchIndex *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_INDEX (self), NULL);

  return self->profile;
}

guint
atlas_search_index_get_n_items (AtlasSearchIndex *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_INDEX (self), 0);

  return self->items->len;
}

static const Item *
get_item (AtlasSearchIndex *self,
          guint             item)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (item < self->items->len, NULL);

  return &g_array_index (self->items, Item, item);
}

AtlasSection
atlas_search_index_get_section (AtlasSearchIndex *self,
                                guint             item)
{
  const Item *i = get_item (self, item);

  return i != NULL ? i->section : ATLAS_SECTION_OVERVIEW;
}

const char *
atlas_search_index_get_id (AtlasSearchIndex *self,
                           guint             item)
{
  const Item *i = get_item (self, item);

  if (i == NULL)
    return NULL;

  return i->item != NULL ? atlas_item_get_id (i->item) : "helpline";
}

const char *
atlas_search_index_get_title (AtlasSearchIndex *self,
                              guint             item)
{
  const Item *i = get_item (self, item);

  if (i == NULL)
    return NULL;

  return i->item != NULL ? atlas_item_get_title (i->item)
                         : atlas_helpline_get_name (atlas_profile_get_helpline (self->profile));
}

/**
 * atlas_search_index_get_detail:
 *
 * Returns: (nullable): a line under the title in a list of results: the
 *   value of a statistic, the authors and year of a publication, the years
 *   of an event, or the start of a description
 */
const char *
atlas_search_index_get_detail (AtlasSearchIndex *self,
                               guint             item)
{
  const Item *i = get_item (self, item);

  return i != NULL ? i->detail : NULL;
}

/**
 * atlas_search_index_lookup:
 *
 * Returns: the index of the item @id of @section, or -1
 */
int
atlas_search_index_lookup (AtlasSearchIndex *self,
                           AtlasSection      section,
                           const char       *id)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_INDEX (self), -1);
  g_return_val_if_fail (id != NULL, -1);

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      if (item->section == section && g_strcmp0 (atlas_search_index_get_id (self, i), id) == 0)
        return (int) i;
    }

  return -1;
}

/* The item whose text holds the byte at @offset */
static guint
item_at (AtlasSearchIndex *self,
         gsize             offset)
{
  guint low = 0, high = self->items->len;

  while (high - low > 1)
    {
      guint mid = low + (high - low) / 2;

      if (g_array_index (self->items, Item, mid).start <= offset)
        low = mid;
      else
        high = mid;
    }

  return low;
}

/* @word as looked for in the buffer: with the space before it when it
 * matches at word starts only */
static char *
make_needle (const char *word)
{
  return atlas_text_matches_inside (word, strlen (word)) ? g_strdup (word) : g_strconcat (" ", word, NULL);
}

/**
 * atlas_search_index_query:
 * @query: what a user typed
 *
 * The items in which every word of @query occurs, in any order, without
 * regard to case or accents ("olafsson" finds "Ólafsson", "ecole" finds
 * "école"), at the start of a word; a word of ATLAS_TEXT_INSIDE_WORD
 * characters or more also inside a word ("labor" does not find
 * "collaboration", "grooming" finds "cybergrooming").
 *
 * Returns: (transfer full) (element-type guint): the matching items, in the
 *   order of the index; empty for a query without letters or digits
 */
GArray *
atlas_search_index_query (AtlasSearchIndex *self,
                          const char       *query)
{
  g_autofree char *folded_query = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) needles = NULL;
  const char *longest = NULL;
  gsize longest_len = 0;
  GArray *results;
  const char *buffer, *at, *buffer_end;

  g_return_val_if_fail (ATLAS_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  results = g_array_new (FALSE, FALSE, sizeof (guint));
  folded_query = atlas_text_fold (query);
  if (folded_query[0] == '\0' || self->items->len == 0)
    return results;

  words = g_strsplit (folded_query, " ", -1);
  needles = g_ptr_array_new_with_free_func (g_free);
  for (guint w = 0; words[w] != NULL; w++)
    {
      char *needle = make_needle (words[w]);
      gsize len = strlen (needle);

      g_ptr_array_add (needles, needle);
      if (len > longest_len)
        {
          longest = needle;
          longest_len = len;
        }
    }

  buffer = self->folded->str;
  buffer_end = buffer + self->folded->len;
  at = buffer;

  while (at < buffer_end)
    {
      const char *hit = memmem (at, buffer_end - at, longest, longest_len);
      const Item *item;
      gboolean all = TRUE;
      guint i;

      if (hit == NULL)
        break;

      i = item_at (self, hit - buffer);
      item = &g_array_index (self->items, Item, i);

      for (guint w = 0; w < needles->len && all; w++)
        {
          const char *needle = g_ptr_array_index (needles, w);

          if (needle == longest)
            continue;
          all = memmem (buffer + item->start, item->end - item->start,
                        needle, strlen (needle)) != NULL;
        }

      if (all)
        g_array_append_val (results, i);

      /* On to the next item */
      at = buffer + item->end + 1;
    }

  return results;
}

/* The texts of result @item a search looks in, the title first */
static void
get_texts (AtlasSearchIndex *self,
           const Item       *item,
           GPtrArray        *texts)
{
  if (item->item != NULL)
    {
      atlas_item_add_search_texts (item->item, texts);
      return;
    }

  g_ptr_array_add (texts, (gpointer) atlas_helpline_get_name (atlas_profile_get_helpline (self->profile)));
  g_ptr_array_add (texts, (gpointer) atlas_helpline_get_number (atlas_profile_get_helpline (self->profile)));
  g_ptr_array_add (texts, (gpointer) atlas_helpline_get_description (atlas_profile_get_helpline (self->profile)));
}

/**
 * atlas_search_index_get_snippet:
 * @folded_query: the query, folded with atlas_text_fold()
 *
 * The line under the title of result @item that shows why it matched:
 * its detail (atlas_search_index_get_detail()) when a word of the query
 * is in it; else the part of the first of its other texts (not the
 * title) where a word of the query matches, cut around it
 * (atlas_text_snippet()); else, when only the title matches, its detail.
 * Plain text.
 *
 * Returns: (transfer full) (nullable): the line, or %NULL for none
 */
char *
atlas_search_index_get_snippet (AtlasSearchIndex *self,
                                guint             item,
                                const char       *folded_query)
{
  const Item *i = get_item (self, item);
  g_autoptr(GPtrArray) texts = NULL;
  g_autofree char *in_detail = NULL;

  g_return_val_if_fail (folded_query != NULL, NULL);

  if (i == NULL)
    return NULL;

  /* a snippet of any length is there only if the detail matches */
  in_detail = atlas_text_snippet (i->detail, folded_query, 1);
  if (in_detail != NULL)
    return g_strdup (i->detail);

  texts = g_ptr_array_new ();
  get_texts (self, i, texts);
  for (guint t = 1; t < texts->len; t++)
    {
      char *snippet = atlas_text_snippet (g_ptr_array_index (texts, t), folded_query, SNIPPET_LENGTH);

      if (snippet != NULL)
        return snippet;
    }

  return g_strdup (i->detail);
}

/**
 * atlas_search_index_get_notes:
 *
 * Returns: (transfer none) (element-type AtlasNote): the dated notes of
 *   result @item (empty when it has none)
 */
GListModel *
atlas_search_index_get_notes (AtlasSearchIndex *self,
                              guint             item)
{
  const Item *i = get_item (self, item);

  if (i == NULL)
    return atlas_notes_get_empty ();
  if (i->item == NULL)
    return atlas_helpline_get_notes (atlas_profile_get_helpline (self->profile));
  return atlas_item_get_notes (i->item);
}
