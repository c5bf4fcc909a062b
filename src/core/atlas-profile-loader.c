/* atlas-profile-loader.c: reads and validates profile files
 *
 * The loader checks the whole file against the format of
 * docs/profile-format.md and collects every problem with its JSON path, so
 * that `--validate` can list them all. It never aborts: any input gives
 * either a profile or an error, and nothing leaks on any path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-profile-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atlas-event.h"
#include "atlas-figure.h"
#include "atlas-helpline.h"
#include "atlas-initiative.h"
#include "atlas-language.h"
#include "atlas-legal-item.h"
#include "atlas-organization.h"
#include "atlas-police-unit.h"
#include "atlas-problem.h"
#include "atlas-profile-private.h"
#include "atlas-publication.h"
#include "atlas-statistic.h"
#include "atlas-url.h"

#define YEAR_MIN 1900
#define YEAR_MAX 2100

/* Problems beyond this many are counted, not kept: a broken generated file
 * must not make a list of a million lines. */
#define MAX_PROBLEMS 200

typedef enum {
  OPTIONAL,
  REQUIRED,
} Need;

typedef struct {
  GPtrArray    *problems;       /* AtlasProblem */
  guint         n_problems;     /* including those not kept */
  GHashTable   *ids;            /* id -> path of its first use */
  AtlasProfile *profile;        /* being loaded */
  gboolean      translating;    /* the app runs in another language than English */
  guint         n_untranslated; /* texts that stayed English so far */
} Loader;

static void
loader_clear (Loader *l)
{
  g_clear_pointer (&l->problems, g_ptr_array_unref);
  g_clear_pointer (&l->ids, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loader, loader_clear)

static char *
join_path (const char *parent,
           const char *key)
{
  if (parent == NULL || parent[0] == '\0')
    return g_strdup (key);
  return g_strconcat (parent, ".", key, NULL);
}

static char *
index_path (const char *parent,
            guint       index)
{
  return g_strdup_printf ("%s[%u]", parent, index);
}

static void add_problem (Loader     *l,
                         const char *parent,
                         const char *key,
                         const char *format,
                         ...) G_GNUC_PRINTF (4, 5);

static void
add_problem (Loader     *l,
             const char *parent,
             const char *key,
             const char *format,
             ...)
{
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  va_list args;

  l->n_problems++;
  if (l->problems->len >= MAX_PROBLEMS)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  path = key != NULL ? join_path (parent, key) : g_strdup (parent);
  g_ptr_array_add (l->problems, atlas_problem_new (path, 0, 0, message));
}

/* A short, printable description of a JSON value for messages:
 * "2015a" (quoted, shortened), 12, true, null, an object, an array. */
static char *
describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return g_strdup (_("an object"));

    case JSON_NODE_ARRAY:
      return g_strdup (_("an array"));

    case JSON_NODE_NULL:
      return g_strdup ("null");

    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      {
        const char *s = json_node_get_string (node);
        g_autofree char *shortened = NULL;
        g_autofree char *escaped = NULL;

        if (g_utf8_strlen (s, 41) > 40)
          {
            g_autofree char *head = g_utf8_substring (s, 0, 40);
            shortened = g_strconcat (head, "…", NULL);
          }
        else
          shortened = g_strdup (s);

        escaped = g_strescape (shortened, "…");
        return g_strdup_printf ("\"%s\"", escaped);
      }

    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

    case G_TYPE_DOUBLE:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        return g_strdup (g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)));
      }

    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");

    default:
      return g_strdup (_("an unknown value"));
    }
}

static gboolean
node_is (JsonNode *node,
         GType     value_type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == value_type;
}

/* Looks up @key. Missing (or null, for optional fields) gives NULL, with a
 * problem when the field is required. */
static JsonNode *
lookup (Loader     *l,
        JsonObject *object,
        const char *parent,
        const char *key,
        Need        need)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || (need == OPTIONAL && JSON_NODE_HOLDS_NULL (node)))
    {
      if (need == REQUIRED)
        add_problem (l, parent, key, "%s", _("missing required field"));
      return NULL;
    }

  return node;
}

static void
wrong_type (Loader     *l,
            const char *parent,
            const char *key,
            const char *expected,
            JsonNode   *node)
{
  g_autofree char *got = describe_node (node);

  /* TRANSLATORS: "expected an integer, got "2015a"" */
  add_problem (l, parent, key, _("expected %s, got %s"), expected, got);
}

static gboolean
is_blank (const char *s)
{
  for (; *s != '\0'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

static const char *
get_string (Loader     *l,
            JsonObject *object,
            const char *parent,
            const char *key,
            Need        need)
{
  JsonNode *node = lookup (l, object, parent, key, need);
  const char *s;

  if (node == NULL)
    return NULL;

  if (!node_is (node, G_TYPE_STRING))
    {
      wrong_type (l, parent, key, _("a string"), node);
      return NULL;
    }

  s = json_node_get_string (node);
  if (is_blank (s))
    {
      add_problem (l, parent, key, "%s", _("must not be empty"));
      return NULL;
    }

  return s;
}

/**
 * atlas_profile_translation_language:
 *
 * The language profiles are loaded in now: that of the app's translation,
 * "en" when it runs in English or in a language it has no translation
 * for. See #AtlasProfile:language.
 *
 * Returns: a language code
 */
const char *
atlas_profile_translation_language (void)
{
  /* TRANSLATORS: the code of the language you translate into, "fr" or
   * "nl". When it is not "en", the app shows the texts of the profiles in
   * your translation (see docs/translating.md). */
  return C_("content language", "en");
}

/* The translation of a text of the profile: looked up in the app's
 * catalogue with the context the extractor gives it
 * (build-aux/extract-profile-strings.py). A text without a translation
 * stays in English and is counted, so that the item it belongs to can be
 * marked for the reader. */
static const char *
translate (Loader     *l,
           const char *context,
           const char *english)
{
  g_autofree char *key = NULL;
  const char *text;

  if (english == NULL || !l->translating)
    return english;

  /* What g_dpgettext2() does, without its copy on the stack: a text of a
   * profile may be megabytes long */
  key = g_strconcat ("profile: ", context, "\004", english, NULL);
  text = g_dgettext (GETTEXT_PACKAGE, key);
  if (text != key)
    return text;

  l->n_untranslated++;
  return english;
}

/* Marks @what (an item, the helpline, a text of the profile) when one of
 * its texts stayed English since the count was @before */
static void
mark_if_untranslated (Loader        *l,
                      guint          before,
                      gconstpointer  what)
{
  if (what != NULL && l->n_untranslated != before)
    atlas_profile_mark_untranslated (l->profile, what);
}

/* A text of the profile object itself, translated and marked when it
 * stays English */
static char *
translate_field (Loader     *l,
                 const char *context,
                 const char *english)
{
  guint before = l->n_untranslated;
  char *text = g_strdup (translate (l, context, english));

  mark_if_untranslated (l, before, text);
  return text;
}

static gboolean
get_int (Loader     *l,
         JsonObject *object,
         const char *parent,
         const char *key,
         Need        need,
         int         min,
         int         max,
         int        *out)
{
  JsonNode *node = lookup (l, object, parent, key, need);
  gint64 v;

  *out = 0;
  if (node == NULL)
    return FALSE;

  if (!node_is (node, G_TYPE_INT64))
    {
      wrong_type (l, parent, key, _("an integer"), node);
      return FALSE;
    }

  v = json_node_get_int (node);
  if (v < min || v > max)
    {
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, v);

      /* TRANSLATORS: a number out of range: "1850 is outside 1900-2100" */
      add_problem (l, parent, key, _("%s is outside %d-%d"), value, min, max);
      return FALSE;
    }

  *out = (int) v;
  return TRUE;
}

static gboolean
get_year (Loader     *l,
          JsonObject *object,
          const char *parent,
          const char *key,
          Need        need,
          int        *out)
{
  return get_int (l, object, parent, key, need, YEAR_MIN, YEAR_MAX, out);
}

/* "year" and an optional "end_year" not before it */
static gboolean
get_year_range (Loader     *l,
                JsonObject *object,
                const char *parent,
                int        *year,
                int        *end_year)
{
  gboolean ok = get_year (l, object, parent, "year", REQUIRED, year);

  if (get_year (l, object, parent, "end_year", OPTIONAL, end_year) && ok &&
      *end_year < *year)
    {
      add_problem (l, parent, "end_year", _("%d is before the year %d"), *end_year, *year);
      ok = FALSE;
    }

  return ok;
}

static gboolean
get_number (Loader     *l,
            JsonObject *object,
            const char *parent,
            const char *key,
            double     *out)
{
  JsonNode *node = lookup (l, object, parent, key, REQUIRED);

  *out = 0;
  if (node == NULL)
    return FALSE;

  if (node_is (node, G_TYPE_INT64))
    *out = (double) json_node_get_int (node);
  else if (node_is (node, G_TYPE_DOUBLE))
    *out = json_node_get_double (node);
  else
    {
      wrong_type (l, parent, key, _("a number"), node);
      return FALSE;
    }

  if (!isfinite (*out))
    {
      add_problem (l, parent, key, "%s", _("must be a finite number"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
get_bool (Loader     *l,
          JsonObject *object,
          const char *parent,
          const char *key,
          gboolean   *out)
{
  JsonNode *node = lookup (l, object, parent, key, OPTIONAL);

  *out = FALSE;
  if (node == NULL)
    return TRUE;

  if (!node_is (node, G_TYPE_BOOLEAN))
    {
      wrong_type (l, parent, key, _("true or false"), node);
      return FALSE;
    }

  *out = json_node_get_boolean (node);
  return TRUE;
}

static const char *
get_url (Loader     *l,
         JsonObject *object,
         const char *parent,
         const char *key)
{
  const char *url = get_string (l, object, parent, key, OPTIONAL);

  if (url != NULL && !atlas_url_is_web (url))
    {
      g_autofree char *escaped = g_strescape (url, NULL);

      add_problem (l, parent, key,
                   _("only http and https addresses are allowed, got \"%s\""),
                   escaped);
      return NULL;
    }

  return url;
}

static gboolean
is_valid_id (const char *id)
{
  gboolean after_dash = TRUE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (after_dash)
            return FALSE;
          after_dash = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        after_dash = FALSE;
      else
        return FALSE;
    }

  return !after_dash;
}

static const char *
get_id (Loader     *l,
        JsonObject *object,
        const char *parent)
{
  const char *id = get_string (l, object, parent, "id", REQUIRED);
  const char *first;

  if (id == NULL)
    return NULL;

  if (!is_valid_id (id))
    {
      g_autofree char *escaped = g_strescape (id, NULL);

      add_problem (l, parent, "id",
                   _("\"%s\" is not a valid id (use lowercase letters, digits and single hyphens)"),
                   escaped);
      return NULL;
    }

  first = g_hash_table_lookup (l->ids, id);
  if (first != NULL)
    {
      add_problem (l, parent, "id", _("duplicate id \"%s\" (first used at %s)"), id, first);
      return NULL;
    }

  g_hash_table_insert (l->ids, g_strdup (id), join_path (parent, "id"));
  return id;
}

static gboolean
get_enum (Loader     *l,
          JsonObject *object,
          const char *parent,
          const char *key,
          GType       enum_type,
          int        *out)
{
  const char *nick = get_string (l, object, parent, key, REQUIRED);

  *out = 0;
  if (nick == NULL)
    return FALSE;

  if (!atlas_enum_from_nick (enum_type, nick, out))
    {
      g_autofree char *escaped = g_strescape (nick, NULL);
      g_autofree char *expected = atlas_enum_list_nicks (enum_type);

      add_problem (l, parent, key, _("unknown value \"%s\" (expected one of: %s)"),
                   escaped, expected);
      return FALSE;
    }

  return TRUE;
}

static JsonObject *
get_object (Loader     *l,
            JsonObject *object,
            const char *parent,
            const char *key,
            Need        need)
{
  JsonNode *node = lookup (l, object, parent, key, need);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      wrong_type (l, parent, key, _("an object"), node);
      return NULL;
    }

  return json_node_get_object (node);
}

static JsonArray *
get_array (Loader     *l,
           JsonObject *object,
           const char *parent,
           const char *key,
           Need        need)
{
  JsonNode *node = lookup (l, object, parent, key, need);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      wrong_type (l, parent, key, _("an array"), node);
      return NULL;
    }

  return json_node_get_array (node);
}

/* An array of non-empty strings. Returns %NULL (with problems) when any
 * element is wrong. */
static char **
get_strv (Loader     *l,
          JsonObject *object,
          const char *parent,
          const char *key,
          Need        need,
          gboolean   *ok)
{
  JsonArray *array = get_array (l, object, parent, key, need);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autofree char *path = NULL;
  guint n;

  *ok = (array != NULL || need == OPTIONAL) && json_object_get_member (object, key) != NULL
        ? array != NULL : need == OPTIONAL;
  if (array == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  path = join_path (parent, key);
  n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *element = index_path (path, i);

      if (!node_is (node, G_TYPE_STRING))
        {
          wrong_type (l, element, NULL, _("a string"), node);
          *ok = FALSE;
        }
      else if (is_blank (json_node_get_string (node)))
        {
          add_problem (l, element, NULL, "%s", _("must not be empty"));
          *ok = FALSE;
        }
      else
        g_strv_builder_add (builder, json_node_get_string (node));
    }

  return *ok ? g_strv_builder_end (builder) : NULL;
}

/* Calls @parse on each element of the array at @key, which must be an
 * object, and appends the non-%NULL results to @store. */
typedef GObject *(*ParseItem) (Loader     *l,
                               JsonObject *object,
                               const char *path);

static void
parse_items (Loader     *l,
             JsonObject *object,
             const char *parent,
             const char *key,
             ParseItem   parse,
             GListStore *store)
{
  JsonArray *array = get_array (l, object, parent, key, REQUIRED);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GString) element = NULL;
  g_autofree char *path = NULL;
  gsize path_len;
  guint n;

  if (array == NULL)
    return;

  path = join_path (parent, key);
  path_len = strlen (path);
  n = json_array_get_length (array);
  items = g_ptr_array_new_full (n, g_object_unref);
  element = g_string_new (path);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      guint untranslated = l->n_untranslated;
      GObject *item;

      /* "research[12]", in one buffer for all the items */
      g_string_truncate (element, path_len);
      g_string_append_printf (element, "[%u]", i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          wrong_type (l, element->str, NULL, _("an object"), node);
          continue;
        }

      item = parse (l, json_node_get_object (node), element->str);
      if (item == NULL)
        continue;

      g_ptr_array_add (items, item);
      mark_if_untranslated (l, untranslated, item);
    }

  /* One items-changed for the whole section, not one per item */
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
}

static AtlasSource *
parse_source (Loader     *l,
              JsonObject *object,
              const char *parent,
              const char *key)
{
  JsonObject *source = get_object (l, object, parent, key, REQUIRED);
  g_autofree char *path = NULL;
  const char *name;
  const char *url;
  const char *license;
  guint before = l->n_problems;

  if (source == NULL)
    return NULL;

  path = join_path (parent, key);
  name = get_string (l, source, path, "name", REQUIRED);
  url = get_url (l, source, path, "url");
  license = get_string (l, source, path, "license", OPTIONAL);

  if (l->n_problems != before)
    return NULL;

  return atlas_source_new (name, url, license);
}

/* A figure: the fields of docs/profile-format.md, "Statistics" */
static AtlasFigure *
parse_figure (Loader     *l,
              JsonObject *object,
              const char *path)
{
  g_autoptr(AtlasFigure) figure = atlas_figure_new ();
  guint before = l->n_problems;
  JsonNode *value;
  int unit;

  /* "value": null says that the source gives no figure */
  value = json_object_get_member (object, "value");
  if (value == NULL || !JSON_NODE_HOLDS_NULL (value))
    figure->has_value = get_number (l, object, path, "value", &figure->value);
  get_enum (l, object, path, "unit", ATLAS_TYPE_FIGURE_UNIT, &unit);
  figure->unit = unit;
  figure->counted = g_strdup (translate (l, "figure counted",
                                         get_string (l, object, path, "counted", OPTIONAL)));
  get_year (l, object, path, "year", REQUIRED, &figure->year);
  figure->period = g_strdup (translate (l, "figure period",
                                        get_string (l, object, path, "period", OPTIONAL)));
  figure->source = parse_source (l, object, path, "source");

  if (l->n_problems != before)
    return NULL;

  return g_steal_pointer (&figure);
}

static AtlasSeries *
parse_series (Loader     *l,
              JsonObject *object,
              const char *path)
{
  g_autoptr(AtlasSeries) series = atlas_series_new ();
  g_autofree char *points_path = NULL;
  guint before = l->n_problems;
  JsonArray *points;
  int unit;

  series->id = g_strdup (get_id (l, object, path));
  series->label = g_strdup (translate (l, "series label",
                                       get_string (l, object, path, "label", REQUIRED)));
  get_enum (l, object, path, "unit", ATLAS_TYPE_FIGURE_UNIT, &unit);
  series->unit = unit;
  series->source = parse_source (l, object, path, "source");

  points = get_array (l, object, path, "points", REQUIRED);
  points_path = join_path (path, "points");

  for (guint i = 0; points != NULL && i < json_array_get_length (points); i++)
    {
      JsonNode *node = json_array_get_element (points, i);
      g_autofree char *element = index_path (points_path, i);
      JsonObject *point;
      AtlasPoint p;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          wrong_type (l, element, NULL, _("an object"), node);
          continue;
        }

      point = json_node_get_object (node);
      if (!get_year (l, point, element, "year", REQUIRED, &p.year) |
          !get_number (l, point, element, "value", &p.value))
        continue;

      if (series->points->len > 0 &&
          g_array_index (series->points, AtlasPoint, series->points->len - 1).year >= p.year)
        {
          add_problem (l, element, "year", "%s",
                       _("points must be in increasing year order, each year once"));
          continue;
        }

      g_array_append_val (series->points, p);
    }

  if (l->n_problems != before)
    return NULL;

  return g_steal_pointer (&series);
}

/* An array of @parse results, or %NULL when the field is absent */
static GPtrArray *
parse_boxed_array (Loader         *l,
                   JsonObject     *object,
                   const char     *parent,
                   const char     *key,
                   gpointer      (*parse) (Loader *, JsonObject *, const char *),
                   GDestroyNotify  free_func)
{
  JsonArray *array = get_array (l, object, parent, key, OPTIONAL);
  g_autoptr(GPtrArray) result = NULL;
  g_autofree char *path = NULL;

  if (array == NULL)
    return NULL;

  result = g_ptr_array_new_with_free_func (free_func);
  path = join_path (parent, key);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *element = index_path (path, i);
      gpointer item;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          wrong_type (l, element, NULL, _("an object"), node);
          continue;
        }

      item = parse (l, json_node_get_object (node), element);
      if (item != NULL)
        g_ptr_array_add (result, item);
    }

  return g_steal_pointer (&result);
}

static GObject *
parse_statistic (Loader     *l,
                 JsonObject *object,
                 const char *path)
{
  guint before = l->n_problems;
  const char *id = get_id (l, object, path);
  const char *label = translate (l, "statistic label",
                                 get_string (l, object, path, "label", REQUIRED));
  const char *note = translate (l, "statistic note",
                                get_string (l, object, path, "note", OPTIONAL));
  g_autoptr(AtlasFigure) headline = parse_figure (l, object, path);
  g_autoptr(AtlasFigure) secondary = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) series = NULL;
  JsonObject *secondary_object;

  secondary_object = get_object (l, object, path, "secondary", OPTIONAL);
  if (secondary_object != NULL)
    {
      g_autofree char *secondary_path = join_path (path, "secondary");
      secondary = parse_figure (l, secondary_object, secondary_path);
    }

  history = parse_boxed_array (l, object, path, "history",
                               (gpointer) parse_figure,
                               (GDestroyNotify) atlas_figure_unref);
  series = parse_boxed_array (l, object, path, "series",
                              (gpointer) parse_series,
                              (GDestroyNotify) atlas_series_unref);

  if (l->n_problems != before)
    return NULL;

  if (history == NULL)
    history = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_figure_unref);
  if (series == NULL)
    series = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_series_unref);

  return g_object_new (ATLAS_TYPE_STATISTIC,
                       "id", id,
                       "label", label,
                       "headline", headline,
                       "secondary", secondary,
                       "history", history,
                       "series", series,
                       "note", note,
                       NULL);
}

static GObject *
parse_initiative (Loader     *l,
                  JsonObject *object,
                  const char *path)
{
  guint before = l->n_problems;
  const char *id = get_id (l, object, path);
  const char *title = translate (l, "initiative title",
                                 get_string (l, object, path, "title", REQUIRED));
  const char *description = translate (l, "initiative description",
                                       get_string (l, object, path, "description", REQUIRED));
  const char *url = get_url (l, object, path, "url");
  int year, end_year;

  get_year_range (l, object, path, &year, &end_year);

  if (l->n_problems != before)
    return NULL;

  return g_object_new (ATLAS_TYPE_INITIATIVE,
                       "id", id,
                       "title", title,
                       "year", year,
                       "end-year", end_year,
                       "description", description,
                       "url", url,
                       NULL);
}

static GObject *
parse_police_unit (Loader     *l,
                   JsonObject *object,
                   const char *path)
{
  guint before = l->n_problems;
  const char *id = get_id (l, object, path);
  const char *acronym = get_string (l, object, path, "acronym", REQUIRED);
  const char *name = translate (l, "police unit name",
                                get_string (l, object, path, "name", OPTIONAL));
  const char *remit = translate (l, "police unit remit",
                                 get_string (l, object, path, "remit", REQUIRED));
  const char *url = get_url (l, object, path, "url");
  int level;

  get_enum (l, object, path, "level", ATLAS_TYPE_LEVEL, &level);

  if (l->n_problems != before)
    return NULL;

  return g_object_new (ATLAS_TYPE_POLICE_UNIT,
                       "id", id,
                       "acronym", acronym,
                       "name", name,
                       "level", level,
                       "remit", remit,
                       "url", url,
                       NULL);
}

static GObject *
parse_organization (Loader     *l,
                    JsonObject *object,
                    const char *path)
{
  guint before = l->n_problems;
  const char *id = get_id (l, object, path);
  const char *name = translate (l, "organization name",
                                get_string (l, object, path, "name", REQUIRED));
  const char *english_name = get_string (l, object, path, "english_name", OPTIONAL);
  const char *description = translate (l, "organization description",
                                       get_string (l, object, path, "description", REQUIRED));
  const char *url = get_url (l, object, path, "url");
  int kind, scope, founded;

  get_enum (l, object, path, "kind", ATLAS_TYPE_ORGANIZATION_KIND, &kind);
  get_enum (l, object, path, "scope", ATLAS_TYPE_SCOPE, &scope);
  get_year (l, object, path, "founded", OPTIONAL, &founded);

  if (l->n_problems != before)
    return NULL;

  return g_object_new (ATLAS_TYPE_ORGANIZATION,
                       "id", id,
                       "name", name,
                       "english-name", english_name,
                       "kind", kind,
                       "scope", scope,
                       "founded", founded,
                       "description", description,
                       "url", url,
                       NULL);
}

static GObject *
parse_publication (Loader     *l,
                   JsonObject *object,
                   const char *path)
{
  guint before = l->n_problems;
  const char *id = get_id (l, object, path);
  const char *title = get_string (l, object, path, "title", REQUIRED);
  const char *contributors = get_string (l, object, path, "contributors", OPTIONAL);
  const char *summary = translate (l, "publication summary",
                                   get_string (l, object, path, "summary", REQUIRED));
  const char *url = get_url (l, object, path, "url");
  g_auto(GStrv) authors = NULL;
  gboolean ok;
  int year;

  get_year (l, object, path, "year", REQUIRED, &year);
  authors = get_strv (l, object, path, "authors", REQUIRED, &ok);

  if (l->n_problems != before)
    return NULL;

  return G_OBJECT (atlas_publication_new (id, title, year, (const char * const *) authors,
                                          contributors, summary, url));
}

static GObject *
parse_legal_item (Loader     *l,
                  JsonObject *object,
                  const char *path)
{
  guint before = l->n_problems;
  const char *id = get_id (l, object, path);
  const char *title = translate (l, "legal item title",
                                 get_string (l, object, path, "title", REQUIRED));
  const char *part = translate (l, "legal code part",
                                get_string (l, object, path, "part", OPTIONAL));
  const char *description = translate (l, "legal item description",
                                       get_string (l, object, path, "description", REQUIRED));
  const char *penalty = translate (l, "legal item penalty",
                                   get_string (l, object, path, "penalty", OPTIONAL));
  const char *code = NULL;
  const char *article = NULL;
  gboolean sensitive;
  int kind, year, month;

  if (get_enum (l, object, path, "kind", ATLAS_TYPE_LEGAL_KIND, &kind))
    {
      Need need = kind == ATLAS_LEGAL_KIND_ARTICLE ? REQUIRED : OPTIONAL;

      code = translate (l, "legal code", get_string (l, object, path, "code", need));
      article = get_string (l, object, path, "article", need);
    }

  get_year (l, object, path, "year", OPTIONAL, &year);
  if (get_int (l, object, path, "month", OPTIONAL, 1, 12, &month) && year == 0)
    add_problem (l, path, "month", "%s", _("a month needs a year"));
  get_bool (l, object, path, "sensitive", &sensitive);

  if (l->n_problems != before)
    return NULL;

  return g_object_new (ATLAS_TYPE_LEGAL_ITEM,
                       "id", id,
                       "kind", kind,
                       "title", title,
                       "code", code,
                       "article", article,
                       "part", part,
                       "year", year,
                       "month", month,
                       "description", description,
                       "penalty", penalty,
                       "sensitive", sensitive,
                       NULL);
}

static GObject *
parse_event (Loader     *l,
             JsonObject *object,
             const char *path)
{
  guint before = l->n_problems;
  const char *id = get_id (l, object, path);
  const char *title = translate (l, "event title",
                                 get_string (l, object, path, "title", REQUIRED));
  const char *description = translate (l, "event description",
                                       get_string (l, object, path, "description", REQUIRED));
  int year, end_year;

  get_year_range (l, object, path, &year, &end_year);

  if (l->n_problems != before)
    return NULL;

  return G_OBJECT (atlas_event_new (id, year, end_year, title, description,
                                    ATLAS_SECTION_TIMELINE, id));
}

static AtlasHelpline *
parse_helpline (Loader     *l,
                JsonObject *root)
{
  JsonObject *object = get_object (l, root, "", "helpline", OPTIONAL);
  const char *path = "helpline";
  g_autoptr(AtlasSource) source = NULL;
  g_auto(GStrv) channels = NULL;
  const char *name, *number, *cost, *hours, *description, *url;
  guint before = l->n_problems;
  gboolean ok;

  if (object == NULL)
    return NULL;

  name = get_string (l, object, path, "name", REQUIRED);
  number = get_string (l, object, path, "number", REQUIRED);
  cost = translate (l, "helpline cost", get_string (l, object, path, "cost", OPTIONAL));
  hours = translate (l, "helpline hours", get_string (l, object, path, "hours", OPTIONAL));
  channels = get_strv (l, object, path, "channels", OPTIONAL, &ok);
  for (guint i = 0; channels != NULL && channels[i] != NULL; i++)
    {
      const char *channel = translate (l, "helpline channel", channels[i]);

      if (channel != channels[i])
        {
          g_free (channels[i]);
          channels[i] = g_strdup (channel);
        }
    }
  description = translate (l, "helpline description",
                           get_string (l, object, path, "description", REQUIRED));
  url = get_url (l, object, path, "url");
  source = parse_source (l, object, path, "source");

  if (l->n_problems != before)
    return NULL;

  return g_object_new (ATLAS_TYPE_HELPLINE,
                       "name", name,
                       "number", number,
                       "cost", cost,
                       "hours", hours,
                       "channels", channels,
                       "description", description,
                       "url", url,
                       "source", source,
                       NULL);
}

static void
parse_profile (Loader       *l,
               JsonObject   *root,
               AtlasProfile *self)
{
  const char *format = get_string (l, root, "", "format", REQUIRED);
  JsonObject *country, *edition, *law_enforcement, *legislation;
  guint untranslated;

  if (format != NULL && g_strcmp0 (format, "atlas-profile") != 0)
    {
      g_autofree char *escaped = g_strescape (format, NULL);

      add_problem (l, "format", NULL,
                   _("expected \"atlas-profile\", got \"%s\": this is not an Atlas profile"),
                   escaped);
    }

  get_int (l, root, "", "format_version", REQUIRED, 1, G_MAXINT, &self->format_version);

  country = get_object (l, root, "", "country", REQUIRED);
  if (country != NULL)
    {
      const char *code = get_string (l, country, "country", "code", REQUIRED);

      if (code != NULL &&
          !(strlen (code) == 2 && g_ascii_isupper (code[0]) && g_ascii_isupper (code[1])))
        {
          g_autofree char *escaped = g_strescape (code, NULL);

          add_problem (l, "country", "code",
                       _("expected a two-letter country code such as \"BE\", got \"%s\""),
                       escaped);
        }
      else
        self->country_code = g_strdup (code);

      self->country_name = translate_field (l, "country name",
                                            get_string (l, country, "country", "name", REQUIRED));
    }

  edition = get_object (l, root, "", "edition", REQUIRED);
  if (edition != NULL)
    {
      get_year (l, edition, "edition", "year", REQUIRED, &self->edition_year);
      self->edition_title = g_strdup (get_string (l, edition, "edition", "title", REQUIRED));
      self->edition_publisher = g_strdup (get_string (l, edition, "edition", "publisher", OPTIONAL));
      self->edition_note = translate_field (l, "edition note",
                                            get_string (l, edition, "edition", "note", OPTIONAL));
    }

  untranslated = l->n_untranslated;
  self->helpline = parse_helpline (l, root);
  mark_if_untranslated (l, untranslated, self->helpline);

  parse_items (l, root, "", "statistics", parse_statistic, self->statistics);
  self->statistics_note = translate_field (l, "statistics note",
                                           get_string (l, root, "", "statistics_note", OPTIONAL));

  parse_items (l, root, "", "education", parse_initiative, self->education);

  law_enforcement = get_object (l, root, "", "law_enforcement", REQUIRED);
  if (law_enforcement != NULL)
    {
      self->law_enforcement_agency =
        translate_field (l, "police agency",
                         get_string (l, law_enforcement, "law_enforcement", "agency", REQUIRED));
      self->law_enforcement_description =
        translate_field (l, "law enforcement description",
                         get_string (l, law_enforcement, "law_enforcement", "description", REQUIRED));
      parse_items (l, law_enforcement, "law_enforcement", "units",
                   parse_police_unit, self->police_units);
    }

  parse_items (l, root, "", "organizations", parse_organization, self->organizations);
  parse_items (l, root, "", "research", parse_publication, self->research);

  legislation = get_object (l, root, "", "legislation", REQUIRED);
  if (legislation != NULL)
    {
      self->legislation_intro =
        translate_field (l, "legislation intro",
                         get_string (l, legislation, "legislation", "intro", REQUIRED));
      parse_items (l, legislation, "legislation", "items",
                   parse_legal_item, self->legislation);
    }

  parse_items (l, root, "", "timeline", parse_event, self->timeline);
}

/* Line and column (from 1) of byte @offset of @data */
static void
position_of (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        line_start = data + i + 1;
      }

  /* Columns count characters of the valid text before the offset */
  *column = 1 + (guint) g_utf8_strlen (line_start, data + offset - line_start);
}

/* Finds the byte offset where arrays and objects nest deeper than
 * ATLAS_PROFILE_MAX_DEPTH, or returns -1. Brackets inside strings do not
 * count. */
static gssize
find_excess_depth (const char *data,
                   gsize       len)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > ATLAS_PROFILE_MAX_DEPTH)
            return (gssize) i;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return -1;
}

static void
set_error_from_problem (GError            **error,
                        AtlasProfileError   code,
                        GPtrArray          *problems,
                        guint               n_problems)
{
  g_autofree char *first = atlas_problem_to_string (g_ptr_array_index (problems, 0));

  if (n_problems > 1)
    g_set_error (error, ATLAS_PROFILE_ERROR, code,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s (and %u more problem)",
                              "%s (and %u more problems)",
                              n_problems - 1),
                 first, n_problems - 1);
  else
    g_set_error_literal (error, ATLAS_PROFILE_ERROR, code, first);
}

static void
fail (GPtrArray         *problems,
      GError           **error,
      AtlasProfileError  code,
      guint              line,
      guint              column,
      const char        *message)
{
  g_ptr_array_add (problems, atlas_problem_new (NULL, line, column, message));
  set_error_from_problem (error, code, problems, 1);
}

/* json-glib reports syntax errors as "<data>:LINE:COLUMN: Parse error: ..." */
static void
fail_syntax (GPtrArray   *problems,
             GError     **error,
             const GError *json_error)
{
  const char *message = json_error->message;
  guint line = 0, column = 0;
  int consumed = 0;

  if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
    message += consumed;

  fail (problems, error, ATLAS_PROFILE_ERROR_SYNTAX, line, column, message);
}

/* Freeing json-glib's tree of a large file takes almost as long as
 * parsing it: millions of small blocks (bench/README.md). Nothing needs
 * the tree once the models are built, so a worker thread frees it while
 * the caller goes on with the profile. Below this size it is not worth a
 * thread. */
#define BACKGROUND_FREE_MIN_SIZE (1024 * 1024)

static GMutex freeing_lock;
static GCond freeing_done;
static guint n_freeing;

static void
free_parser (gpointer data,
             gpointer user_data)
{
  g_object_unref (data);

  g_mutex_lock (&freeing_lock);
  if (--n_freeing == 0)
    g_cond_broadcast (&freeing_done);
  g_mutex_unlock (&freeing_lock);
}

static void
free_in_background (JsonParser *parser)
{
  /* One thread, made the first time, shared with GLib's other pools; it
   * lives as long as the process */
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (free_parser, NULL, 1, FALSE, NULL));

  g_mutex_lock (&freeing_lock);
  n_freeing++;
  g_mutex_unlock (&freeing_lock);

  g_thread_pool_push (pool, parser, NULL);
}

/*
 * atlas_profile_wait_for_cleanup:
 *
 * Waits until the trees of the files loaded so far are freed: for the
 * benchmarks, which time one load at a time.
 */
void
atlas_profile_wait_for_cleanup (void)
{
  g_mutex_lock (&freeing_lock);
  while (n_freeing > 0)
    g_cond_wait (&freeing_done, &freeing_lock);
  g_mutex_unlock (&freeing_lock);
}

/**
 * atlas_profile_new_from_bytes:
 * @bytes: the contents of a profile file
 * @problems: (out) (optional) (transfer full) (element-type AtlasProblem):
 *   every problem found, empty when the profile loaded
 * @error: the first problem, as an %ATLAS_PROFILE_ERROR
 *
 * Reads and validates a profile.
 *
 * Returns: (transfer full) (nullable): the profile, or %NULL with @error set
 */
AtlasProfile *
atlas_profile_new_from_bytes (GBytes     *bytes,
                              GPtrArray **problems,
                              GError    **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  g_autoptr(AtlasProfile) self = NULL;
  g_auto(Loader) l = { 0 };
  const char *data, *end;
  const char *language;
  JsonNode *root;
  gssize too_deep;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (problems != NULL)
    *problems = g_ptr_array_ref (found);

  data = g_bytes_get_data (bytes, &len);

  if (len == 0)
    {
      fail (found, error, ATLAS_PROFILE_ERROR_EMPTY, 0, 0, _("the file is empty"));
      return NULL;
    }

  if (len > ATLAS_PROFILE_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (len, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *max = g_format_size_full (ATLAS_PROFILE_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *message =
        g_strdup_printf (_("the file is too large (%s; profiles may be up to %s)"), size, max);

      fail (found, error, ATLAS_PROFILE_ERROR_TOO_LARGE, 0, 0, message);
      return NULL;
    }

  /* A byte order mark is allowed, and skipped */
  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      len -= 3;
    }

  if (!g_utf8_validate_len (data, len, &end))
    {
      guint line, column;

      position_of (data, end - data, &line, &column);
      fail (found, error, ATLAS_PROFILE_ERROR_ENCODING, line, column,
            *end == '\0' ? _("the file contains a NUL byte")
                         : _("the file is not valid UTF-8 text"));
      return NULL;
    }

  too_deep = find_excess_depth (data, len);
  if (too_deep >= 0)
    {
      g_autofree char *message =
        g_strdup_printf (_("arrays and objects are nested more than %d levels deep"),
                         ATLAS_PROFILE_MAX_DEPTH);
      guint line, column;

      position_of (data, too_deep, &line, &column);
      fail (found, error, ATLAS_PROFILE_ERROR_TOO_DEEP, line, column, message);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, len, &json_error))
    {
      fail_syntax (found, error, json_error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (found, error, ATLAS_PROFILE_ERROR_INVALID, 0, 0,
            _("the top level of a profile must be a JSON object"));
      return NULL;
    }

  l.problems = g_ptr_array_ref (found);
  l.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  self = atlas_profile_new_empty ();
  l.profile = self;
  language = atlas_profile_translation_language ();
  if (!g_str_equal (language, "en"))
    {
      l.translating = TRUE;
      g_free (self->language);
      self->language = g_strdup (language);
    }
  parse_profile (&l, json_node_get_object (root), self);

  if (l.n_problems > 0)
    {
      set_error_from_problem (error, ATLAS_PROFILE_ERROR_INVALID, found, l.n_problems);
      return NULL;
    }

  atlas_profile_gather_events (self);

  /* The models hold copies of everything they need */
  if (len >= BACKGROUND_FREE_MIN_SIZE)
    free_in_background (g_steal_pointer (&parser));

  return g_steal_pointer (&self);
}

/**
 * atlas_profile_new_from_file:
 *
 * Like atlas_profile_new_from_bytes(), for a file. Files larger than
 * %ATLAS_PROFILE_MAX_SIZE are refused before they are read. Errors of I/O
 * (a missing file, a directory, no permission) are #GIOError.
 *
 * Returns: (transfer full) (nullable): the profile
 */
AtlasProfile *
atlas_profile_new_from_file (GFile         *file,
                             GCancellable  *cancellable,
                             GPtrArray    **problems,
                             GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (problems != NULL)
    *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("this is a folder, not a profile file"));
      return NULL;
    }

  if (g_file_info_get_size (info) > ATLAS_PROFILE_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (g_file_info_get_size (info), G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *max = g_format_size_full (ATLAS_PROFILE_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, ATLAS_PROFILE_ERROR, ATLAS_PROFILE_ERROR_TOO_LARGE,
                   _("the file is too large (%s; profiles may be up to %s)"), size, max);
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;

  if (problems != NULL)
    g_clear_pointer (problems, g_ptr_array_unref);

  return atlas_profile_new_from_bytes (bytes, problems, error);
}

/**
 * atlas_profile_new_from_resource:
 *
 * Returns: (transfer full) (nullable): the profile shipped at @path
 */
AtlasProfile *
atlas_profile_new_from_resource (const char  *path,
                                 GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return atlas_profile_new_from_bytes (bytes, NULL, error);
}

/**
 * atlas_profile_new_from_uri:
 * @uri: a resource:// address of a shipped profile, or the address of a
 *   file
 *
 * Loads a profile at once, in the calling thread: for the small shipped
 * profiles and where nothing waits on it (the search provider).
 *
 * Returns: (transfer full) (nullable): the profile
 */
AtlasProfile *
atlas_profile_new_from_uri (const char  *uri,
                            GPtrArray  **problems,
                            GError     **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (uri != NULL, NULL);

  if (g_str_has_prefix (uri, "resource://"))
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (uri + strlen ("resource://"),
                                                         G_RESOURCE_LOOKUP_FLAGS_NONE, error);

      return bytes != NULL ? atlas_profile_new_from_bytes (bytes, problems, error) : NULL;
    }

  file = g_file_new_for_uri (uri);
  return atlas_profile_new_from_file (file, NULL, problems, error);
}

static int
compare_names (const void *a,
               const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/**
 * atlas_profile_list_resources:
 * @directory: a resource directory, ending with "/"
 *
 * Returns: (transfer full): the resource:// addresses of the profiles
 *   (*.json) shipped in @directory, sorted by name; empty if there is none
 */
GStrv
atlas_profile_list_resources (const char *directory)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (directory != NULL, NULL);

  names = g_resources_enumerate_children (directory, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (names != NULL)
    {
      qsort (names, g_strv_length (names), sizeof (char *), compare_names);
      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_has_suffix (names[i], ".json"))
          {
            g_autofree char *uri = g_strconcat ("resource://", directory, names[i], NULL);
            g_strv_builder_add (builder, uri);
          }
    }

  return g_strv_builder_end (builder);
}

typedef struct {
  AtlasProfile *profile;
  GPtrArray    *problems;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_object (&result->profile);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_free (result);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GFile *file = task_data;
  LoadResult *result = g_new0 (LoadResult, 1);
  g_autoptr(GError) error = NULL;

  /* The loader translates the profile's texts and its messages: the
   * language must not change meanwhile (atlas-language.c). Held until the
   * result is returned, so that a switch finds it waiting in the main
   * loop. */
  atlas_language_hold ();
  result->profile = atlas_profile_new_from_file (file, cancellable, &result->problems, &error);

  /* The problems are wanted with the error, so they travel in the task's
   * data rather than in its result */
  if (result->profile == NULL)
    {
      g_object_set_data_full (G_OBJECT (task), "problems",
                              g_steal_pointer (&result->problems),
                              (GDestroyNotify) g_ptr_array_unref);
      load_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);

  atlas_language_release ();
}

/**
 * atlas_profile_load_file_async:
 *
 * Reads and validates @file in a worker thread, so that a large profile
 * never blocks the window.
 */
void
atlas_profile_load_file_async (GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, atlas_profile_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_file_thread);
}

/**
 * atlas_profile_load_file_finish:
 * @problems: (out) (optional) (transfer full): every problem found
 *
 * Returns: (transfer full) (nullable): the profile, or %NULL with @error
 */
AtlasProfile *
atlas_profile_load_file_finish (GAsyncResult  *result,
                                GPtrArray    **problems,
                                GError       **error)
{
  GTask *task = G_TASK (result);
  LoadResult *loaded;
  AtlasProfile *profile;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  if (problems != NULL)
    *problems = NULL;

  loaded = g_task_propagate_pointer (task, error);
  if (loaded == NULL)
    {
      GPtrArray *found = g_object_get_data (G_OBJECT (task), "problems");

      if (problems != NULL && found != NULL)
        *problems = g_ptr_array_ref (found);
      return NULL;
    }

  profile = g_steal_pointer (&loaded->profile);
  if (problems != NULL)
    *problems = g_steal_pointer (&loaded->problems);
  load_result_free (loaded);

  return profile;
}
