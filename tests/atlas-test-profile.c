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
