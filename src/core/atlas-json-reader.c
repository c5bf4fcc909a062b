/* atlas-json-reader.c: typed reading of a JSON tree, collecting problems
 *
 * The getters the profile parser reads every field with: each checks the
 * type and range of a value and, when it is wrong or missing, records a
 * problem with the value's JSON path and goes on, so that one walk of the
 * tree reports every problem (`--validate` lists them all).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-json-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "atlas-enums.h"
#include "atlas-json-reader.h"
#include "atlas-limits.h"
#include "atlas-problem.h"
#include "atlas-url.h"

/* Problems beyond this many are counted, not kept: a broken generated file
 * must not make a list of a million lines. */
#define MAX_PROBLEMS ATLAS_LIMIT_PROBLEMS

/* The years a profile may name */
#define YEAR_MIN ATLAS_LIMIT_YEAR_MIN
#define YEAR_MAX ATLAS_LIMIT_YEAR_MAX

/* Problems go to @problems, which the reader keeps a reference to */
void
atlas_json_reader_init (AtlasJsonReader *r,
                        GPtrArray       *problems)
{
  r->problems = g_ptr_array_ref (problems);
  r->n_problems = 0;
  r->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
atlas_json_reader_clear (AtlasJsonReader *r)
{
  g_clear_pointer (&r->problems, g_ptr_array_unref);
  g_clear_pointer (&r->ids, g_hash_table_unref);
}

char *
atlas_json_join_path (const char *parent,
                      const char *key)
{
  if (parent == NULL || parent[0] == '\0')
    return g_strdup (key);
  return g_strconcat (parent, ".", key, NULL);
}

char *
atlas_json_index_path (const char *parent,
                       guint       index)
{
  return g_strdup_printf ("%s[%u]", parent, index);
}

void
atlas_json_add_problem (AtlasJsonReader *r,
                        const char      *parent,
                        const char      *key,
                        const char      *format,
                        ...)
{
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  va_list args;

  r->n_problems++;
  if (r->problems->len >= MAX_PROBLEMS)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  path = key != NULL ? atlas_json_join_path (parent, key) : g_strdup (parent);
  g_ptr_array_add (r->problems, atlas_problem_new (path, 0, 0, message));
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
lookup (AtlasJsonReader *r,
        JsonObject      *object,
        const char      *parent,
        const char      *key,
        AtlasJsonNeed    need)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || (need == ATLAS_JSON_OPTIONAL && JSON_NODE_HOLDS_NULL (node)))
    {
      if (need == ATLAS_JSON_REQUIRED)
        atlas_json_add_problem (r, parent, key, "%s", _("missing required field"));
      return NULL;
    }

  return node;
}

void
atlas_json_wrong_type (AtlasJsonReader *r,
                       const char      *parent,
                       const char      *key,
                       const char      *expected,
                       JsonNode        *node)
{
  g_autofree char *got = describe_node (node);

  /* TRANSLATORS: "expected an integer, got "2015a"" */
  atlas_json_add_problem (r, parent, key, _("expected %s, got %s"), expected, got);
}

static gboolean
is_blank (const char *s)
{
  for (; *s != '\0'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

/* Whether @s is text the app can show: UTF-8, no control character but
 * line breaks and tabs, within ATLAS_LIMIT_TEXT_BYTES, and no more than
 * ATLAS_LIMIT_COMBINING_RUN combining marks on one character. Otherwise
 * a problem at @parent.@key says which. */
static gboolean
check_text (AtlasJsonReader *r,
            const char      *parent,
            const char      *key,
            const char      *s)
{
  gsize len = strlen (s);
  guint run = 0;

  if (len > ATLAS_LIMIT_TEXT_BYTES)
    {
      /* TRANSLATORS: a text field that is too long; %u is its limit in bytes */
      atlas_json_add_problem (r, parent, key, _("is longer than %u bytes"), (guint) ATLAS_LIMIT_TEXT_BYTES);
      return FALSE;
    }

  /* json-glib decodes an unpaired surrogate into bytes that are not UTF-8 */
  if (!g_utf8_validate (s, len, NULL))
    {
      atlas_json_add_problem (r, parent, key, "%s", _("is not valid text (UTF-8)"));
      return FALSE;
    }

  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0))
        {
          /* TRANSLATORS: %04X is the code of a control character, as U+001B */
          atlas_json_add_problem (r, parent, key, _("contains the control character U+%04X"), c);
          return FALSE;
        }

      run = g_unichar_ismark (c) ? run + 1 : 0;
      if (run > ATLAS_LIMIT_COMBINING_RUN)
        {
          atlas_json_add_problem (r, parent, key,
                                  _("has more than %u combining marks on one character"),
                                  (guint) ATLAS_LIMIT_COMBINING_RUN);
          return FALSE;
        }
    }

  return TRUE;
}

const char *
atlas_json_get_string (AtlasJsonReader *r,
                       JsonObject      *object,
                       const char      *parent,
                       const char      *key,
                       AtlasJsonNeed    need)
{
  JsonNode *node = lookup (r, object, parent, key, need);
  const char *s;

  if (node == NULL)
    return NULL;

  if (!node_is (node, G_TYPE_STRING))
    {
      atlas_json_wrong_type (r, parent, key, _("a string"), node);
      return NULL;
    }

  s = json_node_get_string (node);
  if (is_blank (s))
    {
      atlas_json_add_problem (r, parent, key, "%s", _("must not be empty"));
      return NULL;
    }

  if (!check_text (r, parent, key, s))
    return NULL;

  return s;
}

gboolean
atlas_json_get_int (AtlasJsonReader *r,
                    JsonObject      *object,
                    const char      *parent,
                    const char      *key,
                    AtlasJsonNeed    need,
                    int              min,
                    int              max,
                    int             *out)
{
  JsonNode *node = lookup (r, object, parent, key, need);
  gint64 v;

  *out = 0;
  if (node == NULL)
    return FALSE;

  if (!node_is (node, G_TYPE_INT64))
    {
      atlas_json_wrong_type (r, parent, key, _("an integer"), node);
      return FALSE;
    }

  v = json_node_get_int (node);
  if (v < min || v > max)
    {
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, v);

      /* TRANSLATORS: a number out of range: "1850 is outside 1900-2100" */
      atlas_json_add_problem (r, parent, key, _("%s is outside %d-%d"), value, min, max);
      return FALSE;
    }

  *out = (int) v;
  return TRUE;
}

gboolean
atlas_json_get_year (AtlasJsonReader *r,
                     JsonObject      *object,
                     const char      *parent,
                     const char      *key,
                     AtlasJsonNeed    need,
                     int             *out)
{
  return atlas_json_get_int (r, object, parent, key, need, YEAR_MIN, YEAR_MAX, out);
}

/* "year" and an optional "end_year" not before it */
gboolean
atlas_json_get_year_range (AtlasJsonReader *r,
                           JsonObject      *object,
                           const char      *parent,
                           int             *year,
                           int             *end_year)
{
  gboolean ok = atlas_json_get_year (r, object, parent, "year", ATLAS_JSON_REQUIRED, year);

  if (atlas_json_get_year (r, object, parent, "end_year", ATLAS_JSON_OPTIONAL, end_year) && ok &&
      *end_year < *year)
    {
      atlas_json_add_problem (r, parent, "end_year", _("%d is before the year %d"), *end_year, *year);
      ok = FALSE;
    }

  return ok;
}

/* The value of @n digits at @s, or -1 when one of them is not a digit */
static int
parse_digits (const char *s,
              guint       n)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return -1;
      value = value * 10 + g_ascii_digit_value (s[i]);
    }

  return value;
}

/**
 * atlas_json_get_date:
 * @year: (out): the year, or 0
 * @month: (out): the month, 1-12, or 0 when the date is a year
 * @day: (out): the day, or 0 when the date is a month or a year
 *
 * A date as a string: "2022-06-01", "2022-06" or "2022", a real one
 * (no 30 February), in the years a profile may name.
 *
 * Returns: whether there is a valid date at @key
 */
gboolean
atlas_json_get_date (AtlasJsonReader *r,
                     JsonObject      *object,
                     const char      *parent,
                     const char      *key,
                     AtlasJsonNeed    need,
                     int             *year,
                     int             *month,
                     int             *day)
{
  const char *s = atlas_json_get_string (r, object, parent, key, need);
  gsize len;
  int y = -1, m = 0, d = 0;

  *year = *month = *day = 0;
  if (s == NULL)
    return FALSE;

  len = strlen (s);
  if (len == 4 || len == 7 || len == 10)
    y = parse_digits (s, 4);
  if (y >= 0 && len >= 7 && (s[4] != '-' || (m = parse_digits (s + 5, 2)) < 0))
    y = -1;
  if (y >= 0 && len == 10 && (s[7] != '-' || (d = parse_digits (s + 8, 2)) < 0))
    y = -1;

  if (y < 0)
    {
      g_autofree char *escaped = g_strescape (s, NULL);

      /* TRANSLATORS: the dates stay as written here: they are the format
       * of the file */
      atlas_json_add_problem (r, parent, key,
                              _("expected a date written as \"2022-06-01\", \"2022-06\" or "
                                "\"2022\", got \"%s\""),
                              escaped);
      return FALSE;
    }

  if (y < YEAR_MIN || y > YEAR_MAX)
    {
      /* TRANSLATORS: a date whose year is out of range: "1850-01-01: the
       * year is outside 1900-2100" */
      atlas_json_add_problem (r, parent, key, _("%s: the year is outside %d-%d"),
                              s, YEAR_MIN, YEAR_MAX);
      return FALSE;
    }

  if ((len >= 7 && (m < 1 || m > 12)) ||
      (len == 10 && !g_date_valid_dmy (d, m, y)))
    {
      /* TRANSLATORS: "2022-02-30 is not a real date" */
      atlas_json_add_problem (r, parent, key, _("%s is not a real date"), s);
      return FALSE;
    }

  *year = y;
  *month = m;
  *day = d;
  return TRUE;
}

gboolean
atlas_json_get_number (AtlasJsonReader *r,
                       JsonObject      *object,
                       const char      *parent,
                       const char      *key,
                       double          *out)
{
  JsonNode *node = lookup (r, object, parent, key, ATLAS_JSON_REQUIRED);

  *out = 0;
  if (node == NULL)
    return FALSE;

  if (node_is (node, G_TYPE_INT64))
    *out = (double) json_node_get_int (node);
  else if (node_is (node, G_TYPE_DOUBLE))
    *out = json_node_get_double (node);
  else
    {
      atlas_json_wrong_type (r, parent, key, _("a number"), node);
      return FALSE;
    }

  if (!isfinite (*out))
    {
      atlas_json_add_problem (r, parent, key, "%s", _("must be a finite number"));
      return FALSE;
    }

  if (fabs (*out) > ATLAS_LIMIT_VALUE)
    {
      /* TRANSLATORS: a figure too large for the app; 10^15 is a thousand million million */
      atlas_json_add_problem (r, parent, key, "%s", _("must lie between -10^15 and 10^15"));
      return FALSE;
    }

  return TRUE;
}

gboolean
atlas_json_get_bool (AtlasJsonReader *r,
                     JsonObject      *object,
                     const char      *parent,
                     const char      *key,
                     gboolean        *out)
{
  JsonNode *node = lookup (r, object, parent, key, ATLAS_JSON_OPTIONAL);

  *out = FALSE;
  if (node == NULL)
    return TRUE;

  if (!node_is (node, G_TYPE_BOOLEAN))
    {
      atlas_json_wrong_type (r, parent, key, _("true or false"), node);
      return FALSE;
    }

  *out = json_node_get_boolean (node);
  return TRUE;
}

const char *
atlas_json_get_url (AtlasJsonReader *r,
                    JsonObject      *object,
                    const char      *parent,
                    const char      *key)
{
  const char *url = atlas_json_get_string (r, object, parent, key, ATLAS_JSON_OPTIONAL);

  const char *reason = NULL;

  if (url != NULL && !atlas_url_check_web (url, &reason))
    {
      g_autofree char *shown = g_utf8_substring (url, 0, MIN (g_utf8_strlen (url, -1), 80));
      g_autofree char *escaped = g_strescape (shown, NULL);

      /* TRANSLATORS: a refused web address: "the address contains a user
       * name or password, got "https://a@b.example/"" */
      atlas_json_add_problem (r, parent, key, _("%s, got \"%s\""), reason, escaped);
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

const char *
atlas_json_get_id (AtlasJsonReader *r,
                   JsonObject      *object,
                   const char      *parent)
{
  const char *id = atlas_json_get_string (r, object, parent, "id", ATLAS_JSON_REQUIRED);
  const char *first;

  if (id == NULL)
    return NULL;

  if (!is_valid_id (id))
    {
      g_autofree char *escaped = g_strescape (id, NULL);

      atlas_json_add_problem (r, parent, "id",
                              _("\"%s\" is not a valid id (use lowercase letters, digits and single hyphens)"),
                   escaped);
      return NULL;
    }

  first = g_hash_table_lookup (r->ids, id);
  if (first != NULL)
    {
      atlas_json_add_problem (r, parent, "id", _("duplicate id \"%s\" (first used at %s)"), id, first);
      return NULL;
    }

  g_hash_table_insert (r->ids, g_strdup (id), atlas_json_join_path (parent, "id"));
  return id;
}

gboolean
atlas_json_get_enum (AtlasJsonReader *r,
                     JsonObject      *object,
                     const char      *parent,
                     const char      *key,
                     GType            enum_type,
                     int             *out)
{
  const char *nick = atlas_json_get_string (r, object, parent, key, ATLAS_JSON_REQUIRED);

  *out = 0;
  if (nick == NULL)
    return FALSE;

  if (!atlas_enum_from_nick (enum_type, nick, out))
    {
      g_autofree char *escaped = g_strescape (nick, NULL);
      g_autofree char *expected = atlas_enum_list_nicks (enum_type);

      atlas_json_add_problem (r, parent, key, _("unknown value \"%s\" (expected one of: %s)"),
                              escaped, expected);
      return FALSE;
    }

  return TRUE;
}

JsonObject *
atlas_json_get_object (AtlasJsonReader *r,
                       JsonObject      *object,
                       const char      *parent,
                       const char      *key,
                       AtlasJsonNeed    need)
{
  JsonNode *node = lookup (r, object, parent, key, need);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      atlas_json_wrong_type (r, parent, key, _("an object"), node);
      return NULL;
    }

  return json_node_get_object (node);
}

JsonArray *
atlas_json_get_array (AtlasJsonReader *r,
                      JsonObject      *object,
                      const char      *parent,
                      const char      *key,
                      AtlasJsonNeed    need)
{
  JsonNode *node = lookup (r, object, parent, key, need);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      atlas_json_wrong_type (r, parent, key, _("an array"), node);
      return NULL;
    }

  return json_node_get_array (node);
}

/* An array of non-empty strings. Returns %NULL (with problems) when any
 * element is wrong. */
/**
 * atlas_json_node_get_string:
 * @node: an element of an array, at @path
 * @expected: what the element should be, for the problem: "a string"
 *
 * Returns: (nullable): the text of @node, or %NULL (with a problem) when it
 *   is not a string or is blank
 */
const char *
atlas_json_node_get_string (AtlasJsonReader *r,
                            JsonNode        *node,
                            const char      *path,
                            const char      *expected)
{
  if (!node_is (node, G_TYPE_STRING))
    {
      atlas_json_wrong_type (r, path, NULL, expected, node);
      return NULL;
    }

  if (is_blank (json_node_get_string (node)))
    {
      atlas_json_add_problem (r, path, NULL, "%s", _("must not be empty"));
      return NULL;
    }

  if (!check_text (r, path, NULL, json_node_get_string (node)))
    return NULL;

  return json_node_get_string (node);
}

char **
atlas_json_get_strv (AtlasJsonReader *r,
                     JsonObject      *object,
                     const char      *parent,
                     const char      *key,
                     AtlasJsonNeed    need,
                     gboolean        *ok)
{
  JsonArray *array = atlas_json_get_array (r, object, parent, key, need);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autofree char *path = NULL;
  guint n;

  *ok = (array != NULL || need == ATLAS_JSON_OPTIONAL) && json_object_get_member (object, key) != NULL
        ? array != NULL : need == ATLAS_JSON_OPTIONAL;
  if (array == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  path = atlas_json_join_path (parent, key);
  n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *element = atlas_json_index_path (path, i);
      const char *s = atlas_json_node_get_string (r, json_array_get_element (array, i),
                                                  element, _("a string"));

      if (s == NULL)
        *ok = FALSE;
      else
        g_strv_builder_add (builder, s);
    }

  return *ok ? g_strv_builder_end (builder) : NULL;
}

/**
 * atlas_json_get_object_array:
 *
 * Calls @parse on each element of the array at @key, which must be
 * objects (other elements are problems).
 *
 * Returns: (transfer full) (nullable): the non-%NULL results, freed with
 *   @free_func, or %NULL when there is no array at @key
 */
GPtrArray *
atlas_json_get_object_array (AtlasJsonReader    *r,
                             JsonObject         *object,
                             const char         *parent,
                             const char         *key,
                             AtlasJsonNeed       need,
                             AtlasJsonParseFunc  parse,
                             gpointer            user_data,
                             GDestroyNotify      free_func)
{
  JsonArray *array = atlas_json_get_array (r, object, parent, key, need);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GString) element = NULL;
  g_autofree char *path = NULL;
  gsize path_len;
  guint n;

  if (array == NULL)
    return NULL;

  n = json_array_get_length (array);
  items = g_ptr_array_new_full (n, free_func);
  path = atlas_json_join_path (parent, key);
  path_len = strlen (path);
  element = g_string_new (path);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gpointer item;

      /* "research[12]", in one buffer for all the items: a section may
       * have hundreds of thousands */
      g_string_truncate (element, path_len);
      g_string_append_printf (element, "[%u]", i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          atlas_json_wrong_type (r, element->str, NULL, _("an object"), node);
          continue;
        }

      item = parse (user_data, json_node_get_object (node), element->str);
      if (item != NULL)
        g_ptr_array_add (items, item);
    }

  return g_steal_pointer (&items);
}
