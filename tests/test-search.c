/* test-search.c: the search index and highlighting, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <pango/pango.h>

#include "atlas-language.h"
#include "atlas-profile.h"
#include "atlas-publication.h"
#include "atlas-search-index.h"
#include "atlas-test-i18n.h"
#include "atlas-text.h"

static AtlasProfile *
load_shipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "profiles", "be.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AtlasProfile *profile;

  profile = atlas_profile_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  return profile;
}

/* A profile of the minimal fixture with timeline items of its own */
static AtlasProfile *
load_with_timeline (const char *timeline_json)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "schema", "minimal-valid.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) json = NULL;
  AtlasProfile *profile;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  json = g_string_new (text);
  g_assert_cmpint (g_string_replace (json, "\"timeline\": []", timeline_json, 1), ==, 1);
  bytes = g_string_free_to_bytes (g_steal_pointer (&json));

  profile = atlas_profile_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  return profile;
}

static char *
result_ids (AtlasSearchIndex *index,
            const char       *query)
{
  g_autoptr(GArray) results = atlas_search_index_query (index, query);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < results->len; i++)
    {
      guint item = g_array_index (results, guint, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "",
                              atlas_search_index_get_id (index, item));
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* Whether @markup is well-formed: what Pango needs before its own tags */
static gboolean
parses (const char *markup)
{
  g_autofree char *document = g_strconcat ("<markup>", markup, "</markup>", NULL);
  GMarkupParser parser = { 0 };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);

  return g_markup_parse_context_parse (context, document, -1, NULL) &&
         g_markup_parse_context_end_parse (context, NULL);
}

/* A phone number in a text does not break across lines; folding does not
 * see the difference */
static void
test_keep_together (void)
{
  struct {
    const char *text;
    const char *phrase;
    const char *result;
  } cases[] = {
    { "Child Focus runs the 116 000 helpline", "116 000", "Child Focus runs the 116\xc2\xa0" "000 helpline" },
    { "116 000 or 116 000", "116 000", "116\xc2\xa0" "000 or 116\xc2\xa0" "000" },
    { "call 0800 12 34 56 now", "0800 12 34 56", "call 0800\xc2\xa0" "12\xc2\xa0" "34\xc2\xa0" "56 now" },
    { "no number here", "116 000", "no number here" },
    { "116000 without a space", "116000", "116000 without a space" },
    { "text", NULL, "text" },
    { NULL, "116 000", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *kept = atlas_text_keep_together (cases[i].text, cases[i].phrase);
      g_autofree char *folded_kept = atlas_text_fold (kept);
      g_autofree char *folded_text = atlas_text_fold (cases[i].text);

      g_assert_cmpstr (kept, ==, cases[i].result);
      g_assert_cmpstr (folded_kept, ==, folded_text);
    }
}

static void
test_highlight (void)
{
  struct {
    const char *text;
    const char *query;
    const char *markup;
  } cases[] = {
    { "Livingstone, S.; Ólafsson, K.", "olafsson", "Livingstone, S.; <b>Ólafsson</b>, K." },
    { "Livingstone, S.; Ólafsson, K.", "OLAF liv", "<b>Liv</b>ingstone, S.; <b>Ólaf</b>sson, K." },
    /* é written as e and a combining acute accent: the accent goes with it */
    { "e\xcc\x81" "cole", "ecole", "<b>e\xcc\x81" "cole</b>" },
    { "Straße", "strasse", "<b>Straße</b>" },
    /* Markup in the data is text, highlighted or not */
    { "<b>Bold</b> & <i>x</i>", "bold", "&lt;b&gt;<b>Bold</b>&lt;/b&gt; &amp; &lt;i&gt;x&lt;/i&gt;" },
    { "Tom & Jerry", "jerry", "Tom &amp; <b>Jerry</b>" },
    { "No match here", "zebra", "No match here" },
    { "Every match: ab ab", "ab", "Every match: <b>ab</b> <b>ab</b>" },
    /* At word starts; inside words only for a long word */
    { "Collaboration, labor law", "labor", "Collaboration, <b>labor</b> law" },
    { "Cybergrooming and grooming", "grooming", "Cyber<b>grooming</b> and <b>grooming</b>" },
    { "abab", "ab", "<b>ab</b>ab" },
    { "", "x", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = atlas_text_fold (cases[i].query);
      g_autofree char *markup = atlas_text_highlight (cases[i].text, folded);

      g_assert_cmpstr (markup, ==, cases[i].markup);
      /* Whatever the text, the result parses as markup */
      g_assert_true (parses (markup));
    }

  {
    g_autofree char *markup = atlas_text_highlight (NULL, "x");
    g_autofree char *invalid = atlas_text_highlight ("bad \xff utf-8", "bad");

    g_assert_cmpstr (markup, ==, "");
    g_assert_cmpstr (invalid, ==, "");
  }
}

/* Folding character by character gives what folding the text does */
static void
test_fold (void)
{
  g_autofree char *a = atlas_text_fold ("Ólafsson, K. — Görzig, A.; Simões");
  g_autofree char *b = atlas_text_fold ("e\xcc\x81" "cole  NUMÉRIQUE!");
  g_autofree char *c = atlas_text_fold ("ﬁnal Straße ①");
  g_autofree char *d = atlas_text_fold ("bad \xff");

  g_assert_cmpstr (a, ==, "olafsson k gorzig a simoes");
  g_assert_cmpstr (b, ==, "ecole numerique");
  g_assert_cmpstr (c, ==, "final strasse 1");
  g_assert_cmpstr (d, ==, "");
}

/* Every item of every section is in the index, once */
static void
test_index_covers_profile (void)
{
  g_autoptr(AtlasProfile) profile = load_shipped ();
  g_autoptr(AtlasSearchIndex) index = atlas_search_index_new (profile);
  guint expected =
    g_list_model_get_n_items (atlas_profile_get_statistics (profile)) +
    (atlas_profile_get_helpline (profile) != NULL ? 1 : 0) +
    g_list_model_get_n_items (atlas_profile_get_education (profile)) +
    g_list_model_get_n_items (atlas_profile_get_police_units (profile)) +
    g_list_model_get_n_items (atlas_profile_get_organizations (profile)) +
    g_list_model_get_n_items (atlas_profile_get_research (profile)) +
    g_list_model_get_n_items (atlas_profile_get_legislation (profile)) +
    g_list_model_get_n_items (atlas_profile_get_timeline (profile));
  AtlasSection previous = ATLAS_SECTION_OVERVIEW;

  g_assert_cmpuint (atlas_search_index_get_n_items (index), ==, expected);
  g_assert_true (atlas_search_index_get_profile (index) == profile);

  for (guint i = 0; i < expected; i++)
    {
      AtlasSection section = atlas_search_index_get_section (index, i);

      /* In the order of the sections, each item findable by its id */
      g_assert_cmpint (section, >=, previous);
      previous = section;
      g_assert_nonnull (atlas_search_index_get_title (index, i));
      g_assert_cmpint (atlas_search_index_lookup (index, section, atlas_search_index_get_id (index, i)), ==, i);
    }

  g_assert_cmpint (atlas_search_index_lookup (index, ATLAS_SECTION_RESEARCH, "no-such-id"), ==, -1);
  g_assert_cmpint (atlas_search_index_lookup (index, ATLAS_SECTION_OVERVIEW, "helpline"), >=, 0);
}

static void
test_case_accents_order (void)
{
  g_autoptr(AtlasProfile) profile = load_shipped ();
  g_autoptr(AtlasSearchIndex) index = atlas_search_index_new (profile);
  g_autofree char *child_focus = result_ids (index, "child focus");
  g_autofree char *focus_child = result_ids (index, "Focus   CHILD");
  g_autofree char *olafsson = result_ids (index, "olafsson");
  g_autofree char *olafsson_accent = result_ids (index, "ÓLAFSSON");
  g_autofree char *empty = result_ids (index, "");
  g_autofree char *punctuation = result_ids (index, " ,;- ");
  g_autofree char *nothing = result_ids (index, "zzyzx");

  /* The organization and the helpline, whatever the order of the words */
  g_assert_nonnull (strstr (child_focus, "child-focus"));
  g_assert_nonnull (strstr (child_focus, "helpline"));
  g_assert_cmpstr (child_focus, ==, focus_child);

  g_assert_nonnull (strstr (olafsson, "risks-and-safety-on-the-internet-full-findings-2011"));
  g_assert_cmpstr (olafsson, ==, olafsson_accent);

  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (punctuation, ==, "");
  g_assert_cmpstr (nothing, ==, "");
}

/* In Research, the index finds what the Research page's filter finds */
static void
test_agrees_with_research_filter (void)
{
  const char * const queries[] = {
    "olafsson", "livingstone haddon", "children", "eu kids 2014", "mobile", "ict", "x", "safety europe",
  };
  g_autoptr(AtlasProfile) profile = load_shipped ();
  g_autoptr(AtlasSearchIndex) index = atlas_search_index_new (profile);
  GListModel *research = atlas_profile_get_research (profile);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GArray) results = atlas_search_index_query (index, queries[q]);
      g_autofree char *folded = atlas_text_fold (queries[q]);
      g_autoptr(GString) expected = g_string_new (NULL);
      g_autoptr(GString) found = g_string_new (NULL);

      for (guint i = 0; i < g_list_model_get_n_items (research); i++)
        {
          g_autoptr(AtlasPublication) publication = g_list_model_get_item (research, i);

          if (atlas_publication_matches (publication, folded, 0, 0))
            g_string_append_printf (expected, "%s ", atlas_item_get_id (ATLAS_ITEM (publication)));
        }

      for (guint i = 0; i < results->len; i++)
        {
          guint item = g_array_index (results, guint, i);

          if (atlas_search_index_get_section (index, item) == ATLAS_SECTION_RESEARCH)
            g_string_append_printf (found, "%s ", atlas_search_index_get_id (index, item));
        }

      g_test_message ("%s: %s", queries[q], found->str);
      g_assert_cmpstr (found->str, ==, expected->str);
    }
}

/* Words of several items never join into a match across them */
static void
test_no_match_across_items (void)
{
  g_autoptr(AtlasProfile) profile =
    load_with_timeline ("\"timeline\": ["
                        "{ \"id\": \"a\", \"year\": 2001, \"title\": \"École numérique\", \"description\": \"Ends with abc\" },"
                        "{ \"id\": \"b\", \"year\": 2002, \"title\": \"def starts\", \"description\": \"Second entry\" }"
                        "]");
  g_autoptr(AtlasSearchIndex) index = atlas_search_index_new (profile);
  g_autofree char *ecole = result_ids (index, "ecole");
  g_autofree char *numerique = result_ids (index, "NUMERIQUE ecol");
  g_autofree char *across = result_ids (index, "abcdef");
  g_autofree char *across_words = result_ids (index, "numerique second");
  g_autofree char *both = result_ids (index, "e");

  g_assert_cmpstr (ecole, ==, "a");
  g_assert_cmpstr (numerique, ==, "a");
  g_assert_cmpstr (across, ==, "");
  g_assert_cmpstr (across_words, ==, "");
  /* "Testland Police" is not an item; both events are, once each */
  g_assert_cmpstr (both, ==, "a b");
}

/* The bold ranges of @markup: "first-end first-end", in bytes of its
 * text, as Pango reads them */
static char *
bold_ranges (const char  *markup,
             char       **text)
{
  g_autoptr(GError) error = NULL;
  PangoAttrList *attrs = NULL;
  g_autoptr(GString) ranges = g_string_new (NULL);
  g_autoptr(GSList) list = NULL;

  g_assert_true (pango_parse_markup (markup, -1, 0, &attrs, text, NULL, &error));
  g_assert_no_error (error);
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_WEIGHT && ((PangoAttrInt *) attr)->value == PANGO_WEIGHT_BOLD)
        g_string_append_printf (ranges, "%s%u-%u", ranges->len > 0 ? " " : "", attr->start_index, attr->end_index);
      pango_attribute_destroy (attr);
    }
  pango_attr_list_unref (attrs);

  return g_string_free (g_steal_pointer (&ranges), FALSE);
}

/* The bold of a highlight covers exactly the words matched, as Pango
 * reads the markup */
static void
test_highlight_attributes (void)
{
  struct {
    const char *text;
    const char *query;
    const char *ranges;
  } cases[] = {
    { "Online grooming of children", "grooming", "7-15" },
    { "Cyberbullying & cyber-harassment", "cyber", "0-5 16-21" },
    /* "Ó" is two bytes: the range is of bytes of the text */
    { "Ólafsson <K.> écrit", "olafsson ecrit", "0-9 15-21" },
    { "collaboration", "labor", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = atlas_text_fold (cases[i].query);
      g_autofree char *markup = atlas_text_highlight (cases[i].text, folded);
      g_autofree char *text = NULL;
      g_autofree char *ranges = bold_ranges (markup, &text);

      g_test_message ("%s: %s", cases[i].text, ranges);
      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpstr (ranges, ==, cases[i].ranges);
    }
}

/* A snippet is cut around the first match, with an ellipsis where it is
 * cut, at spaces */
static void
test_snippet (void)
{
  const char *text = "The first words of a long description say nothing of it; much later, "
                     "after many more words about other things, the text speaks of online "
                     "grooming, which is what the reader looked for, and then goes on and on "
                     "about the rest of the subject for a long while.";
  g_autofree char *folded = atlas_text_fold ("grooming");
  g_autofree char *snippet = atlas_text_snippet (text, folded, 110);
  g_autofree char *start = atlas_text_snippet (text, "first", 110);
  g_autofree char *whole = atlas_text_snippet ("Short grooming text", folded, 110);
  g_autofree char *labor = atlas_text_snippet ("collaboration", "labor", 110);

  g_test_message ("%s", snippet);
  g_assert_true (g_str_has_prefix (snippet, "…"));
  g_assert_true (g_str_has_suffix (snippet, "…"));
  g_assert_nonnull (strstr (snippet, " online grooming, "));
  g_assert_cmpuint (g_utf8_strlen (snippet, -1), <=, 110 + 2);
  /* a few words before the match, whole words */
  {
    g_autofree char *inner = g_strndup (snippet + strlen ("…"), strlen (snippet) - 2 * strlen ("…"));

    g_assert_nonnull (strstr (text, inner));
    g_assert_true (strstr (text, inner) == text || strstr (text, inner)[-1] == ' ');
    g_assert_true (strstr (text, inner)[strlen (inner)] == ' ');
  }

  g_assert_true (g_str_has_prefix (start, "The first words"));
  g_assert_cmpstr (whole, ==, "Short grooming text");
  g_assert_null (labor);
}

/* Every result of a search shows why it matched: a word of the query is
 * in bold in its snippet; only where no text but the title matches, in
 * the title. In the three languages of the app. */
static void
test_snippets_show_match (void)
{
  static const char * const languages[] = { "", "fr", "nl" };
  static const char * const queries[] = { "grooming", "cyber", "child", "police", "helpline", "2019", "sexting", "school", "ecole", "kinderen", "enfants" };
  g_autoptr(AtlasProfile) profile = load_shipped ();
  g_autoptr(AtlasSearchIndex) index = atlas_search_index_new (profile);

  atlas_test_bind_catalogue ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      atlas_language_set (languages[l]);
      atlas_profile_retranslate (profile);

      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        {
          g_autofree char *folded = atlas_text_fold (queries[q]);
          g_autoptr(GArray) results = atlas_search_index_query (index, queries[q]);
          guint in_snippet = 0;

          for (guint r = 0; r < results->len; r++)
            {
              guint item = g_array_index (results, guint, r);
              g_autofree char *snippet = atlas_search_index_get_snippet (index, item, folded);
              g_autofree char *snippet_markup = atlas_text_highlight (snippet, folded);
              g_autofree char *title_markup = atlas_text_highlight (atlas_search_index_get_title (index, item), folded);

              if (strstr (snippet_markup, "<b>") != NULL)
                in_snippet++;
              else if (strstr (title_markup, "<b>") == NULL)
                g_error ("%s, “%s”: “%s” shows no match: “%s”", languages[l], queries[q],
                         atlas_search_index_get_title (index, item), snippet);
              else
                g_test_message ("%s, “%s”: only the title “%s” matches", languages[l], queries[q],
                                atlas_search_index_get_title (index, item));
            }

          g_test_message ("%s, “%s”: %u results, %u snippets with the match",
                          languages[l], queries[q], results->len, in_snippet);
          /* The examples: every snippet holds the word */
          if (g_str_equal (queries[q], "grooming") || g_str_equal (queries[q], "cyber"))
            {
              g_assert_cmpuint (results->len, >, 0);
              g_assert_cmpuint (in_snippet, ==, results->len);
            }
        }
    }

  atlas_language_set ("");
  atlas_profile_retranslate (profile);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold", test_fold);
  g_test_add_func ("/text/highlight", test_highlight);
  g_test_add_func ("/text/keep-together", test_keep_together);
  g_test_add_func ("/text/highlight-attributes", test_highlight_attributes);
  g_test_add_func ("/text/snippet", test_snippet);
  g_test_add_func ("/search/snippets-show-match", test_snippets_show_match);
  g_test_add_func ("/search/covers-profile", test_index_covers_profile);
  g_test_add_func ("/search/case-accents-order", test_case_accents_order);
  g_test_add_func ("/search/agrees-with-research-filter", test_agrees_with_research_filter);
  g_test_add_func ("/search/no-match-across-items", test_no_match_across_items);

  return g_test_run ();
}
