/* atlas-test-profile.c: profiles for the core tests: the shipped one, and a minimal one with one part replaced
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "atlas-problem.h"
#include "atlas-test-profile.h"

/* A minimal valid profile; each test replaces one part of it */
const char atlas_test_minimal_profile[] =
  "{"
  "  \"format\": \"atlas-profile\","
  "  \"format_version\": 1,"
  "  \"country\": { \"code\": \"XT\", \"name\": \"Testland\" },"
  "  \"edition\": { \"year\": 2016, \"title\": \"Test edition\" },"
  "  \"statistics\": [],"
  "  \"education\": [],"
  "  \"law_enforcement\": { \"agency\": \"Police\", \"description\": \"Units.\", \"units\": [] },"
  "  \"organizations\": [],"
  "  \"research\": [],"
  "  \"legislation\": { \"intro\": \"Laws.\", \"items\": [] },"
  "  \"timeline\": []"
  "}";

/**
 * atlas_test_shipped_bytes:
 *
 * Returns: (transfer full): the contents of resources/profiles/be.json,
 *   to load as they are or with edits
 */
GBytes *
atlas_test_shipped_bytes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "profiles", "be.json", NULL);

  return atlas_test_read_file (path);
}

/**
 * atlas_test_read_file:
 *
 * Returns: (transfer full): the contents of the file at @path, which must
 *   be readable
 */
GBytes *
atlas_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, len);
}

/**
 * atlas_test_load_shipped:
 *
 * Returns: (transfer full): resources/profiles/be.json, loaded without a
 *   problem in the language of the moment
 */
AtlasProfile *
atlas_test_load_shipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "profiles", "be.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  AtlasProfile *profile;

  profile = atlas_profile_new_from_file (file, NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (profile);
  g_assert_cmpuint (problems->len, ==, 0);

  return profile;
}

/**
 * atlas_test_find_item:
 *
 * Returns: (transfer none): the object of @model whose "id" is @id, kept
 *   alive by @model; the test fails when there is none
 */
gpointer
atlas_test_find_item (GListModel *model,
                      const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *item_id = NULL;

      g_object_get (item, "id", &item_id, NULL);
      if (g_strcmp0 (item_id, id) == 0)
        return item;  /* the model keeps it alive */
    }

  g_assert_not_reached ();
}

/**
 * atlas_test_profile_with:
 *
 * Returns: (transfer full): the minimal profile with top-level @member set
 *   to the JSON @value (or removed when @value is %NULL)
 */
GBytes *
atlas_test_profile_with (const char *member,
                         const char *value)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  char *text;

  json_parser_load_from_data (parser, atlas_test_minimal_profile, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  if (member != NULL && value == NULL)
    json_object_remove_member (root, member);
  else if (member != NULL)
    {
      g_autoptr(JsonParser) value_parser = json_parser_new ();

      json_parser_load_from_data (value_parser, value, -1, &error);
      g_assert_no_error (error);
      json_object_set_member (root, member, json_node_copy (json_parser_get_root (value_parser)));
    }

  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, NULL);

  return g_bytes_new_take (text, strlen (text));
}

/**
 * atlas_test_load_problems:
 *
 * Loads @bytes, which must fail with @expected_code.
 *
 * Returns: (transfer full) (element-type AtlasProblem): the problems, at
 *   least one
 */
GPtrArray *
atlas_test_load_problems (GBytes            *bytes,
                          AtlasProfileError  expected_code)
{
  g_autoptr(AtlasProfile) profile = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems = NULL;

  profile = atlas_profile_new_from_bytes (bytes, &problems, &error);
  g_assert_null (profile);
  g_assert_error (error, ATLAS_PROFILE_ERROR, (int) expected_code);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >, 0);

  return problems;
}

/**
 * atlas_test_assert_one_problem:
 *
 * Loads @bytes, which must fail with exactly one problem, @expected.
 */
void
atlas_test_assert_one_problem (GBytes     *bytes,
                               const char *expected)
{
  g_autoptr(GPtrArray) problems = atlas_test_load_problems (bytes, ATLAS_PROFILE_ERROR_INVALID);
  g_autofree char *line = atlas_problem_to_string (g_ptr_array_index (problems, 0));

  g_assert_cmpstr (line, ==, expected);
  g_assert_cmpuint (problems->len, ==, 1);
}

/* Sentences of different lengths, the generated profile's words */
static const char * const generated_sentences[] = {
  "Children go online younger every year.",
  "The survey asked nine thousand pupils aged nine to sixteen how they use the internet at home, at school and with friends, and what bothered them there.",
  "Teachers said so too!",
  "Is the platform responsible for what its users post, or only for what it is told about?",
  "It reported “a sharp rise” in cases of online grooming, sextortion and the sharing of images without consent between 2015 and 2020.",
  "See https://example.org/a-very-long-address-with-no-space-in-it/that-has-to-wrap-somewhere/index.html for the whole text.",
  "Parents, schools, the police and the industry each have a part in it; none of them can do it alone.",
  "Antidisestablishmentarianism-style compounds like Kinderbeschermingsmaatregelenonderzoeksrapport test the wrapping of long words.",
};

/* A text of @n sentences from @seed, in paragraphs of @paragraph
 * sentences (0: one paragraph) */
static void
append_generated_text (GString *json,
                       guint    seed,
                       guint    n,
                       guint    paragraph)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (json, paragraph > 0 && i % paragraph == 0 ? "\\n\\n" : " ");
      g_string_append (json, generated_sentences[(seed + i * 3) % G_N_ELEMENTS (generated_sentences)]);
    }
}

/* "text": "…" with @n sentences, and a comma after */
static void
append_generated_member (GString    *json,
                         const char *member,
                         guint       seed,
                         guint       n,
                         guint       paragraph)
{
  g_string_append_printf (json, "\"%s\": \"", member);
  append_generated_text (json, seed, MAX (n, 1), paragraph);
  g_string_append (json, "\", ");
}

/* Notes on one item in four, one in eight with two */
static void
append_generated_notes (GString *json,
                        guint    i)
{
  if (i % 4 != 1)
    return;

  g_string_append (json, "\"notes\": [");
  for (guint k = 0; k <= (i % 8 == 1 ? 1u : 0u); k++)
    {
      g_string_append_printf (json, "%s{\"kind\": \"%s\", \"date\": \"2022-0%u-15\", ",
                              k > 0 ? ", " : "", k == 0 ? "update" : "correction", 1 + k);
      append_generated_member (json, "text", i + k, 1 + (i + k) % 4, 0);
      g_string_append (json, "\"source\": {\"name\": \"Generated source of a note\", \"url\": \"https://example.org/note\"}}");
    }
  g_string_append (json, "], ");
}

/* The title of item @i: one in nine long */
static void
append_generated_title (GString    *json,
                        const char *member,
                        const char *what,
                        guint       i)
{
  g_string_append_printf (json, "\"%s\": \"%s %u%s\", ", member, what, i,
                          i % 9 == 4 ? ": a title long enough to take two or three lines of a slide,"
                                       " as some laws and reports have, with a subtitle after it" : "");
}

/* How many sentences item @i of a section has: from one to sixty, the
 * longest about 6,000 characters */
static guint
generated_length (guint i)
{
  return i % 10 == 9 ? 60 : 1 + (i * 7) % 25;
}

/**
 * atlas_test_generate_profile:
 * @n: how many items each section has
 *
 * A fictional profile with @n items in each section whose texts run
 * from one sentence to about 6,000 characters, in one paragraph or many,
 * with long words, long titles, notes, penalties and authors; and
 * statistics with series.
 *
 * Returns: (transfer full): the profile's JSON
 */
GBytes *
atlas_test_generate_profile (guint n)
{
  GString *json = g_string_new (NULL);

  g_string_append (json,
                   "{\"format\": \"atlas-profile\", \"format_version\": 1,"
                   " \"country\": {\"code\": \"XT\", \"name\": \"Generated Testland\"},"
                   " \"edition\": {\"year\": 2020, \"title\": \"Generated test edition\"},"
                   " \"helpline\": {\"name\": \"Testline\", \"number\": \"116 000\", \"channels\": [\"phone\"],"
                   " \"description\": \"A fictional helpline.\", \"url\": \"https://example.org/helpline\","
                   " \"source\": {\"name\": \"Test source\"}},"
                   " \"statistics\": [");
  for (guint i = 0; i < 6; i++)
    {
      g_string_append_printf (json,
                              "%s{\"id\": \"statistic-%u\", \"label\": \"Statistic %u\", \"value\": %u,"
                              " \"unit\": \"%s\", \"counted\": \"generated things\", \"year\": 2020,"
                              " \"source\": {\"name\": \"Generated statistics office, a long name for a source\"},"
                              " \"series\": [{\"id\": \"series-%u\", \"label\": \"Series %u\", \"unit\": \"%s\","
                              " \"source\": {\"name\": \"Generated statistics office\"}, \"points\": [",
                              i > 0 ? ", " : "", i, i, i % 2 == 0 ? 12345678 * (i + 1) : 50 + i,
                              i % 2 == 0 ? "count" : "percent", i, i, i % 2 == 0 ? "count" : "percent");
      for (guint y = 0; y < 3 + i * 5; y++)
        g_string_append_printf (json, "%s{\"year\": %u, \"value\": %u}", y > 0 ? ", " : "", 1995 + y,
                                i % 2 == 0 ? 1000000 * (i + 1) + y * 98765 : (y * 37 + i) % 100);
      g_string_append (json, "]}]}");
    }

  g_string_append (json, "], \"education\": [");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"education-%u\", \"year\": %u, ", i > 0 ? ", " : "", i, 1990 + i % 30);
      append_generated_title (json, "title", "Initiative", i);
      append_generated_notes (json, i);
      append_generated_member (json, "description", i, generated_length (i), i % 3 == 0 ? 4 : 0);
      g_string_append (json, "\"url\": \"https://example.org/education\"}");
    }

  g_string_append (json, "], \"law_enforcement\": {\"agency\": \"Generated police\", \"description\": \"Units.\", \"units\": [");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"unit-%u\", \"acronym\": \"GU%u\", \"level\": \"%s\", ",
                              i > 0 ? ", " : "", i, i, i % 2 ? "national" : "regional");
      append_generated_title (json, "name", "Generated unit", i);
      append_generated_notes (json, i);
      append_generated_member (json, "remit", i + 1, generated_length (i + 3), i % 2 ? 3 : 0);
      g_string_append (json, "\"url\": \"https://example.org/police\"}");
    }

  g_string_append (json, "]}, \"organizations\": [");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"organization-%u\", \"kind\": \"ngo\", \"scope\": \"national\", \"founded\": %u, ",
                              i > 0 ? ", " : "", i, 1950 + i % 70);
      append_generated_title (json, "name", "Organization", i);
      append_generated_notes (json, i);
      append_generated_member (json, "description", i + 2, generated_length (i + 5), i % 4 == 0 ? 2 : 0);
      g_string_append (json, "\"url\": \"https://example.org/organization\"}");
    }

  g_string_append (json, "], \"research\": [");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"publication-%u\", \"year\": %u, \"authors\": [",
                              i > 0 ? ", " : "", i, 1990 + i % 30);
      for (guint k = 0; k < i % 9; k++)
        g_string_append_printf (json, "%s\"Author%u, A. B.\"", k > 0 ? ", " : "", k);
      g_string_append_printf (json, "], %s", i % 5 == 0 ? "\"contributors\": \"with the members of a generated network\", " : "");
      append_generated_title (json, "title", "Report", i);
      append_generated_notes (json, i);
      append_generated_member (json, "summary", i + 3, generated_length (i + 7), i % 3 == 1 ? 5 : 0);
      g_string_append (json, "\"url\": \"https://example.org/report\"}");
    }

  g_string_append (json, "], \"legislation\": {\"intro\": \"Generated laws.\", \"items\": [");
  for (guint i = 0; i < n; i++)
    {
      gboolean article = i % 3 != 0;

      g_string_append_printf (json, "%s{\"id\": \"law-%u\", \"kind\": \"%s\", \"year\": %u, ",
                              i > 0 ? ", " : "", i, article ? "article" : "instrument", 1990 + i % 30);
      if (article)
        {
          g_string_append_printf (json, "\"code\": \"Generated Penal Code\", \"article\": \"%u\", \"sensitive\": %s, ",
                                  i, i % 2 ? "true" : "false");
          append_generated_member (json, "penalty", i + 4, 1 + i % 3, 0);
        }
      append_generated_title (json, "title", "Law", i);
      append_generated_notes (json, i);
      append_generated_member (json, "description", i + 4, generated_length (i + 1), i % 2 ? 3 : 0);
      g_string_truncate (json, json->len - 2);
      g_string_append (json, "}");
    }

  g_string_append (json, "]}, \"timeline\": [");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"event-%u\", \"year\": %u, ", i > 0 ? ", " : "", i, 1990 + i % 30);
      append_generated_title (json, "title", "Event", i);
      append_generated_notes (json, i);
      append_generated_member (json, "description", i + 5, generated_length (i + 2), i % 5 == 0 ? 2 : 0);
      g_string_truncate (json, json->len - 2);
      g_string_append (json, "}");
    }
  g_string_append (json, "]}");

  return g_string_free_to_bytes (json);
}
