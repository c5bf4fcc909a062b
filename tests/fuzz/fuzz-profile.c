/* fuzz-profile.c: libFuzzer target over the profile loader and validator
 *
 * Any bytes must give a profile or an error with problems: never a crash,
 * a hang, a leak or undefined behaviour. Built and run by `make fuzz`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "atlas-citation.h"
#include "atlas-item.h"
#include "atlas-limits.h"
#include "atlas-problem.h"
#include "atlas-profile.h"
#include "atlas-search-index.h"
#include "atlas-text.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);

/* Text from a profile that loaded is text the app can show: UTF-8, with
 * no NUL inside (it would cut it) and within the limit of a field */
static void
assert_text (const char *text)
{
  if (text == NULL)
    return;

  g_assert (g_utf8_validate (text, -1, NULL));
  g_assert (strlen (text) <= ATLAS_LIMIT_TEXT_BYTES);
}

static void
assert_items_text (GListModel *items)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AtlasItem) item = g_list_model_get_item (items, i);

      assert_text (atlas_item_get_id (item));
      assert_text (atlas_item_get_title (item));
      assert_text (atlas_item_get_description (item));
      assert_text (atlas_item_get_url (item));
    }
}
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Types, quarks and the like are made once and kept for the life of the
 * process: make them before the first input, so that leak detection sees
 * only what an input leaks */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  static const char warm[] =
    "{\"format\": \"atlas-profile\", \"format_version\": 1,"
    " \"country\": {\"code\": \"XT\", \"name\": \"T\"}, \"edition\": {\"year\": 2016, \"title\": \"T\"},"
    " \"helpline\": {\"name\": \"N\", \"number\": \"1\", \"description\": \"D\", \"source\": {\"name\": \"S\"}},"
    " \"statistics\": [{\"id\": \"s\", \"label\": \"L\", \"value\": 1, \"unit\": \"count\", \"year\": 2016,"
    "   \"source\": {\"name\": \"S\"}, \"series\": [{\"id\": \"r\", \"label\": \"L\", \"unit\": \"percent\","
    "   \"source\": {\"name\": \"S\"}, \"points\": [{\"year\": 2010, \"value\": 1}]}]}],"
    " \"education\": [{\"id\": \"e\", \"title\": \"T\", \"year\": 2010, \"description\": \"D\"}],"
    " \"law_enforcement\": {\"agency\": \"A\", \"description\": \"D\", \"units\": [{\"id\": \"u\", \"acronym\": \"U\", \"level\": \"national\", \"remit\": \"R\"}]},"
    " \"organizations\": [{\"id\": \"o\", \"name\": \"N\", \"kind\": \"ngo\", \"scope\": \"national\", \"founded\": 2000, \"description\": \"D\"}],"
    " \"research\": [{\"id\": \"p\", \"title\": \"T\", \"year\": 2010, \"authors\": [\"A, B.\"], \"summary\": \"S\"}],"
    " \"legislation\": {\"intro\": \"I\", \"items\": [{\"id\": \"l\", \"kind\": \"instrument\", \"title\": \"T\", \"year\": 2012, \"description\": \"D\"}]},"
    " \"timeline\": [{\"id\": \"t\", \"year\": 2010, \"title\": \"T\", \"description\": \"D\"}]}";

  LLVMFuzzerTestOneInput ((const uint8_t *) warm, sizeof warm - 1);
  LLVMFuzzerTestOneInput ((const uint8_t *) "x", 1);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = NULL;

  profile = atlas_profile_new_from_bytes (bytes, &problems, &error);

  if (profile == NULL)
    {
      /* Every failure says why */
      g_assert (error != NULL);
      g_assert (problems != NULL && problems->len > 0);

      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *line = atlas_problem_to_string (g_ptr_array_index (problems, i));
          g_assert (line != NULL);
        }
      return 0;
    }

  for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
    if (section != ATLAS_SECTION_OVERVIEW)
      assert_items_text (atlas_profile_get_section_model (profile, section));
  assert_items_text (atlas_profile_get_statistics (profile));

  /* A profile that loads can be exported */
  {
    g_autofree char *bibtex = atlas_citation_format_bibtex (atlas_profile_get_research (profile));
    g_autofree char *ris = atlas_citation_format_ris (atlas_profile_get_research (profile));

    g_assert (bibtex != NULL && ris != NULL);
  }

  /* ... and searched: the index, a query made of the file's own words, and
   * the highlighted markup of every result's title, which must parse */
  {
    g_autoptr(AtlasSearchIndex) index = atlas_search_index_new (profile);
    g_autofree char *query = g_utf8_make_valid ((const char *) data, MIN (size, 24));
    g_autofree char *folded = atlas_text_fold (query);
    g_autoptr(GArray) results = atlas_search_index_query (index, query);

    for (guint i = 0; i < results->len; i++)
      {
        guint item = g_array_index (results, guint, i);
        g_autofree char *markup = atlas_text_highlight (atlas_search_index_get_title (index, item), folded);
        g_autofree char *document = g_strconcat ("<m>", markup, "</m>", NULL);
        GMarkupParser parser = { 0 };
        g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);

        g_assert (g_markup_parse_context_parse (context, document, -1, NULL));
      }
  }

  return 0;
}
