/* atlas-publication.c: a publication of the Research section
 *
 * Its title is a citation and stays as published; its description is its
 * summary, translated. It adds its authors and a collective credit, and
 * how publications are filtered and sorted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-publication"

#include "config.h"

#include <string.h>

#include "atlas-author.h"
#include "atlas-format.h"
#include "atlas-publication.h"
#include "atlas-text.h"

struct _AtlasPublication
{
  AtlasItem parent_instance;

  char **authors;
  char **organizations;  /* those of the authors that are bodies, not persons */
  char *contributors;

  /* folded for matching and sorting, made the first time they are needed */
  char *folded_text;
  char *folded_title;
  char *folded_first_author;
};

G_DEFINE_FINAL_TYPE (AtlasPublication, atlas_publication, ATLAS_TYPE_ITEM)

enum {
  PROP_0,
  PROP_AUTHORS,
  PROP_ORGANIZATIONS,
  PROP_CONTRIBUTORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_publication_finalize (GObject *object)
{
  AtlasPublication *self = ATLAS_PUBLICATION (object);

  g_strfreev (self->authors);
  g_strfreev (self->organizations);
  g_free (self->contributors);
  g_free (self->folded_text);
  g_free (self->folded_title);
  g_free (self->folded_first_author);

  G_OBJECT_CLASS (atlas_publication_parent_class)->finalize (object);
}

static void
atlas_publication_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AtlasPublication *self = ATLAS_PUBLICATION (object);

  switch (prop_id)
    {
    case PROP_AUTHORS:
      g_value_set_boxed (value, self->authors);
      break;

    case PROP_ORGANIZATIONS:
      g_value_set_boxed (value, self->organizations);
      break;

    case PROP_CONTRIBUTORS:
      g_value_set_string (value, self->contributors);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_publication_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AtlasPublication *self = ATLAS_PUBLICATION (object);

  switch (prop_id)
    {
    case PROP_AUTHORS:
      self->authors = g_value_dup_boxed (value);
      break;

    case PROP_ORGANIZATIONS:
      self->organizations = g_value_dup_boxed (value);
      break;

    case PROP_CONTRIBUTORS:
      self->contributors = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The summary is translated again on a language switch: what was folded
 * from it is folded again when next needed */
static void
atlas_publication_notify (GObject    *object,
                          GParamSpec *pspec)
{
  AtlasPublication *self = ATLAS_PUBLICATION (object);

  if (g_str_equal (pspec->name, "description"))
    g_clear_pointer (&self->folded_text, g_free);

  if (G_OBJECT_CLASS (atlas_publication_parent_class)->notify != NULL)
    G_OBJECT_CLASS (atlas_publication_parent_class)->notify (object, pspec);
}

/* "Livingstone, Haddon · 2011" */
static char *
atlas_publication_format_search_detail (AtlasItem *item)
{
  AtlasPublication *self = ATLAS_PUBLICATION (item);
  g_autofree char *names = atlas_format_authors ((const char * const *) self->authors, NULL);
  int year = atlas_item_get_year (item);

  if (names != NULL && names[0] != '\0')
    return g_strdup_printf ("%s · %d", names, year);

  return g_strdup_printf ("%d", year);
}

static void
atlas_publication_add_search_texts (AtlasItem *item,
                                    GPtrArray *texts)
{
  AtlasPublication *self = ATLAS_PUBLICATION (item);

  for (guint i = 0; self->authors != NULL && self->authors[i] != NULL; i++)
    g_ptr_array_add (texts, self->authors[i]);
  g_ptr_array_add (texts, self->contributors);
}

static void
atlas_publication_class_init (AtlasPublicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AtlasItemClass *item_class = ATLAS_ITEM_CLASS (klass);

  object_class->finalize = atlas_publication_finalize;
  object_class->get_property = atlas_publication_get_property;
  object_class->set_property = atlas_publication_set_property;
  object_class->notify = atlas_publication_notify;

  /* The title is a citation: it stays as published */
  item_class->section = ATLAS_SECTION_RESEARCH;
  item_class->description_context = "publication summary";
  item_class->format_search_detail = atlas_publication_format_search_detail;
  item_class->add_search_texts = atlas_publication_add_search_texts;

  /**
   * AtlasPublication:authors:
   *
   * The authors, one person or body each (possibly empty).
   */
  properties[PROP_AUTHORS] =
    g_param_spec_boxed ("authors", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPublication:organizations:
   *
   * Those of the authors that the profile marks as bodies rather than
   * persons (possibly empty): their names are never read as a person's.
   */
  properties[PROP_ORGANIZATIONS] =
    g_param_spec_boxed ("organizations", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPublication:contributors:
   *
   * A collective credit, or %NULL.
   */
  properties[PROP_CONTRIBUTORS] =
    g_param_spec_string ("contributors", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_publication_init (AtlasPublication *self)
{
}

const char * const *
atlas_publication_get_authors (AtlasPublication *self)
{
  g_return_val_if_fail (ATLAS_IS_PUBLICATION (self), NULL);

  return (const char * const *) self->authors;
}

/**
 * atlas_publication_is_organization:
 * @author: one of the authors
 *
 * Returns: whether the profile marks @author as a body, not a person
 */
gboolean
atlas_publication_is_organization (AtlasPublication *self,
                                   const char       *author)
{
  g_return_val_if_fail (ATLAS_IS_PUBLICATION (self), FALSE);
  g_return_val_if_fail (author != NULL, FALSE);

  return self->organizations != NULL &&
         g_strv_contains ((const char * const *) self->organizations, author);
}

const char *
atlas_publication_get_contributors (AtlasPublication *self)
{
  g_return_val_if_fail (ATLAS_IS_PUBLICATION (self), NULL);

  return self->contributors;
}

static const char *
get_folded_text (AtlasPublication *self)
{
  if (self->folded_text == NULL)
    {
      g_autofree char *authors = self->authors != NULL ? g_strjoinv (" ", self->authors) : NULL;
      AtlasItem *item = ATLAS_ITEM (self);
      g_autofree char *all = g_strjoin (" ", atlas_item_get_title (item),
                                        atlas_item_get_description (item),
                                        authors != NULL ? authors : "",
                                        self->contributors != NULL ? self->contributors : "",
                                        NULL);

      self->folded_text = atlas_text_fold (all);
    }

  return self->folded_text;
}

/**
 * atlas_publication_new:
 * @authors: (nullable): the authors, as the source writes them
 * @organizations: (nullable): those of @authors that are bodies
 *
 * The same as g_object_new() with the construct-only properties, without
 * the property machinery: the loader makes one for each of up to hundreds
 * of thousands of publications.
 *
 * Returns: (transfer full): a new publication
 */
AtlasPublication *
atlas_publication_new (const char         *id,
                       const char         *title,
                       int                 year,
                       const char * const *authors,
                       const char * const *organizations,
                       const char         *contributors,
                       const char         *summary,
                       const char         *url)
{
  AtlasPublication *self = g_object_new (ATLAS_TYPE_PUBLICATION, NULL);

  atlas_item_set_fields (ATLAS_ITEM (self), id, title, year, 0, summary, url);
  self->authors = g_strdupv ((char **) authors);
  self->organizations = g_strdupv ((char **) organizations);
  self->contributors = g_strdup (contributors);

  return self;
}

/**
 * atlas_publication_matches:
 * @folded_query: a query folded with atlas_text_fold(); "" for none
 * @from_year: the first year to show, or 0
 * @to_year: the last year to show, or 0
 *
 * Whether the publication is shown for a filter: every word of the query
 * occurs in its title, authors, contributors or summary (case and accents
 * do not matter: "olafsson" finds "Ólafsson"), and its year is in range.
 *
 * Returns: whether it matches
 */
gboolean
atlas_publication_matches (AtlasPublication *self,
                           const char       *folded_query,
                           int               from_year,
                           int               to_year)
{
  int year;

  g_return_val_if_fail (ATLAS_IS_PUBLICATION (self), FALSE);
  g_return_val_if_fail (folded_query != NULL, FALSE);

  year = atlas_item_get_year (ATLAS_ITEM (self));
  if (from_year != 0 && year < from_year)
    return FALSE;
  if (to_year != 0 && year > to_year)
    return FALSE;

  return folded_query[0] == '\0' || atlas_text_matches (get_folded_text (self), folded_query);
}

static const char *
get_folded_title (AtlasPublication *self)
{
  if (self->folded_title == NULL)
    self->folded_title = atlas_text_fold (atlas_item_get_title (ATLAS_ITEM (self)));
  return self->folded_title;
}

/* Sort by the family name of the first author, whichever way the source
 * writes it (atlas_author_family_name()); no author sorts last */
static const char *
get_folded_first_author (AtlasPublication *self)
{
  if (self->folded_first_author == NULL)
    {
      const char *first = self->authors != NULL ? self->authors[0] : NULL;
      g_autofree char *family = NULL;

      if (first != NULL)
        family = atlas_author_family_name (first, atlas_publication_is_organization (self, first));
      else
        family = g_strdup ("");

      self->folded_first_author = atlas_text_fold (family);
    }

  return self->folded_first_author;
}

/**
 * atlas_publication_compare:
 *
 * Compares two publications for @order. Ties are broken by title, then by
 * year (newest first), so the order is the same every time.
 *
 * Returns: <0, 0 or >0
 */
int
atlas_publication_compare (AtlasPublication      *a,
                           AtlasPublication      *b,
                           AtlasPublicationOrder  order)
{
  int result = 0;
  int year_a, year_b;

  g_return_val_if_fail (ATLAS_IS_PUBLICATION (a), 0);
  g_return_val_if_fail (ATLAS_IS_PUBLICATION (b), 0);

  year_a = atlas_item_get_year (ATLAS_ITEM (a));
  year_b = atlas_item_get_year (ATLAS_ITEM (b));

  switch (order)
    {
    case ATLAS_PUBLICATION_ORDER_NEWEST:
      result = (year_b > year_a) - (year_b < year_a);
      break;

    case ATLAS_PUBLICATION_ORDER_OLDEST:
      result = (year_a > year_b) - (year_a < year_b);
      break;

    case ATLAS_PUBLICATION_ORDER_FIRST_AUTHOR:
      {
        const char *fa = get_folded_first_author (a);
        const char *fb = get_folded_first_author (b);

        /* No author last */
        if ((fa[0] == '\0') != (fb[0] == '\0'))
          return fa[0] == '\0' ? 1 : -1;
        result = strcmp (fa, fb);
      }
      break;

    case ATLAS_PUBLICATION_ORDER_TITLE:
    default:
      break;
    }

  if (result == 0)
    result = strcmp (get_folded_title (a), get_folded_title (b));
  if (result == 0)
    result = (year_b > year_a) - (year_b < year_a);

  return result;
}
