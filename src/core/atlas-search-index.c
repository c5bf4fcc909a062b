/* atlas-search-index.c: every item of a profile, searchable at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-search-index"
#define _GNU_SOURCE  /* memmem */

#include "config.h"

#include <string.h>

#include "atlas-event.h"
#include "atlas-format.h"
#include "atlas-helpline.h"
#include "atlas-initiative.h"
#include "atlas-legal-item.h"
#include "atlas-organization.h"
#include "atlas-police-unit.h"
#include "atlas-publication.h"
#include "atlas-search-index.h"
#include "atlas-statistic.h"
#include "atlas-text.h"

/*
 * The index is built once for a profile. The folded text of all the items
 * (atlas_text_fold()) is one buffer, one item after the other, each ended
 * by a newline, which folded text never holds. A query looks for its
 * longest word in the whole buffer with memmem(), finds the item of each
 * hit by bisection, checks the other words in that item only, and goes on
 * after it: no per-item call for items that cannot match.
 */

typedef struct
{
  AtlasSection section;
  const char *id;      /* owned by the profile's items or by strings */
  const char *title;
  const char *detail;
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

/* A short extract for the results list (atlas_text_extract()) */
static const char *
extract (AtlasSearchIndex *self,
         const char       *text,
         guint             max)
{
  return keep (self, atlas_text_extract (text, max));
}

/* "2014 · A campaign was launched…" */
static const char *
dated_extract (AtlasSearchIndex *self,
               const char       *years,
               const char       *description)
{
  const char *start = extract (self, description, 100);

  if (start == NULL)
    return g_string_chunk_insert (self->strings, years);

  return keep (self, g_strdup_printf ("%s · %s", years, start));
}

/* Adds an item: a query matches its title and the @n texts that follow,
 * any of which may be %NULL */
static void
add_item (AtlasSearchIndex *self,
          AtlasSection      section,
          const char       *id,
          const char       *title,
          const char       *detail,
          guint             n,
          ...)
{
  Item item = { section, id, title, detail, self->folded->len, 0 };
  va_list args;

  va_start (args, n);
  for (guint i = 0; i <= n; i++)
    {
      const char *text = i == 0 ? title : va_arg (args, const char *);
      g_autofree char *folded = atlas_text_fold (text);

      if (folded[0] == '\0')
        continue;
      if (self->folded->len > item.start)
        g_string_append_c (self->folded, ' ');
      g_string_append (self->folded, folded);
    }
  va_end (args);

  item.end = self->folded->len;
  g_string_append_c (self->folded, '\n');
  g_array_append_val (self->items, item);
}

static void
index_profile (AtlasSearchIndex *self)
{
  AtlasProfile *profile = self->profile;
  AtlasHelpline *helpline = atlas_profile_get_helpline (profile);
  GListModel *model;

  /* Overview: the statistics and the helpline */
  model = atlas_profile_get_statistics (profile);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasStatistic) statistic = g_list_model_get_item (model, i);
      AtlasFigure *headline = atlas_statistic_get_headline (statistic);
      const char *value = keep (self, atlas_format_figure_value (headline));
      const char *source = headline->source != NULL ? headline->source->name : NULL;

      add_item (self, ATLAS_SECTION_OVERVIEW, atlas_statistic_get_id (statistic),
                atlas_statistic_get_label (statistic), value, 2,
                atlas_statistic_get_note (statistic), source);
    }

  if (helpline != NULL)
    add_item (self, ATLAS_SECTION_OVERVIEW, "helpline",
              atlas_helpline_get_name (helpline), atlas_helpline_get_number (helpline), 2,
              atlas_helpline_get_number (helpline), atlas_helpline_get_description (helpline));

  model = atlas_profile_get_education (profile);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasInitiative) initiative = g_list_model_get_item (model, i);
      g_autofree char *years = atlas_format_year_range (atlas_initiative_get_year (initiative),
                                                        atlas_initiative_get_end_year (initiative));
      const char *detail = dated_extract (self, years, atlas_initiative_get_description (initiative));

      add_item (self, ATLAS_SECTION_EDUCATION, atlas_initiative_get_id (initiative),
                atlas_initiative_get_title (initiative), detail, 1,
                atlas_initiative_get_description (initiative));
    }

  model = atlas_profile_get_police_units (profile);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasPoliceUnit) unit = g_list_model_get_item (model, i);
      add_item (self, ATLAS_SECTION_LAW_ENFORCEMENT, atlas_police_unit_get_id (unit),
                atlas_police_unit_get_name (unit),
                extract (self, atlas_police_unit_get_remit (unit), 120), 2,
                atlas_police_unit_get_acronym (unit),
                atlas_police_unit_get_remit (unit));
    }

  model = atlas_profile_get_organizations (profile);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasOrganization) organization = g_list_model_get_item (model, i);
      add_item (self, ATLAS_SECTION_ORGANIZATIONS, atlas_organization_get_id (organization),
                atlas_organization_get_name (organization),
                extract (self, atlas_organization_get_description (organization), 120), 2,
                atlas_organization_get_english_name (organization),
                atlas_organization_get_description (organization));
    }

  model = atlas_profile_get_research (profile);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasPublication) publication = g_list_model_get_item (model, i);
      const char * const *authors = atlas_publication_get_authors (publication);
      g_autofree char *names = atlas_format_authors (authors, NULL);
      g_autofree char *all_names = authors != NULL ? g_strjoinv (" ", (char **) authors) : NULL;
      int year = atlas_publication_get_year (publication);
      const char *detail =
        keep (self, names != NULL && names[0] != '\0'
                    ? g_strdup_printf ("%s · %d", names, year)
                    : g_strdup_printf ("%d", year));

      add_item (self, ATLAS_SECTION_RESEARCH, atlas_publication_get_id (publication),
                atlas_publication_get_title (publication), detail, 3,
                all_names, atlas_publication_get_contributors (publication),
                atlas_publication_get_summary (publication));
    }

  model = atlas_profile_get_legislation (profile);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasLegalItem) law = g_list_model_get_item (model, i);
      const char *code = atlas_legal_item_get_code (law);
      const char *article = atlas_legal_item_get_article (law);

      /* The start of a sensitive text is not shown in a list of results
       * (the classroom-safe view hides it); where the law is, is */
      const char *detail = atlas_legal_item_get_sensitive (law) && code != NULL
        ? keep (self, g_strjoin (" · ", code, article, NULL))
        : extract (self, atlas_legal_item_get_description (law), 120);

      add_item (self, ATLAS_SECTION_LEGISLATION, atlas_legal_item_get_id (law),
                atlas_legal_item_get_title (law), detail, 5,
                code, article, atlas_legal_item_get_part (law),
                atlas_legal_item_get_description (law),
                atlas_legal_item_get_penalty (law));
    }

  /* The timeline's own items: the dated items of other sections are found
   * in their sections */
  model = atlas_profile_get_timeline (profile);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (model, i);
      g_autofree char *years = atlas_format_year_range (atlas_event_get_year (event),
                                                        atlas_event_get_end_year (event));
      const char *detail = dated_extract (self, years, atlas_event_get_description (event));

      add_item (self, ATLAS_SECTION_TIMELINE, atlas_event_get_id (event),
                atlas_event_get_title (event), detail, 1,
                atlas_event_get_description (event));
    }
}

static void
atlas_search_index_constructed (GObject *object)
{
  AtlasSearchIndex *self = ATLAS_SEARCH_INDEX (object);

  G_OBJECT_CLASS (atlas_search_index_parent_class)->constructed (object);

  if (self->profile != NULL)
    index_profile (self);
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
   * The profile whose items are indexed; it does not change.
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

  return i != NULL ? i->id : NULL;
}

const char *
atlas_search_index_get_title (AtlasSearchIndex *self,
                              guint             item)
{
  const Item *i = get_item (self, item);

  return i != NULL ? i->title : NULL;
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

      if (item->section == section && g_strcmp0 (item->id, id) == 0)
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

/**
 * atlas_search_index_query:
 * @query: what a user typed
 *
 * The items in which every word of @query occurs, in any order, without
 * regard to case or accents ("olafsson" finds "Ólafsson", "ecole" finds
 * "école"), at the start of a word or inside it.
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
  for (guint w = 0; words[w] != NULL; w++)
    {
      gsize len = strlen (words[w]);

      if (len > longest_len)
        {
          longest = words[w];
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

      for (guint w = 0; words[w] != NULL && all; w++)
        {
          if (words[w] == longest)
            continue;
          all = memmem (buffer + item->start, item->end - item->start,
                        words[w], strlen (words[w])) != NULL;
        }

      if (all)
        g_array_append_val (results, i);

      /* On to the next item */
      at = buffer + item->end + 1;
    }

  return results;
}
