/* load-bench.c: loading and filtering, against json-glib parsing alone
 *
 * Prints one line per figure: the median of several runs, the spread, and
 * the ratio to the baseline measured in the same run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "atlas-profile.h"
#include "atlas-profile-private.h"
#include "atlas-publication.h"
#include "atlas-search-index.h"
#include "atlas-text.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

typedef struct {
  double median;
  double min;
  double max;
} Stats;

static Stats
stats_of (double *values,
          guint   n)
{
  Stats s;

  qsort (values, n, sizeof (double), compare_doubles);
  s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  s.min = values[0];
  s.max = values[n - 1];
  return s;
}

static double
parse_only (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  gint64 start = g_get_monotonic_time ();

  if (!json_parser_load_from_data (parser, data, len, NULL))
    g_error ("the benchmark's JSON does not parse");
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The same, and the tree freed, as any reader of the tree must */
static double
parse_and_free (GBytes *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  gint64 start = g_get_monotonic_time ();
  JsonParser *parser = json_parser_new_immutable ();

  if (!json_parser_load_from_data (parser, data, len, NULL))
    g_error ("the benchmark's JSON does not parse");
  g_object_unref (parser);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The time until the caller has the profile; and in @with_cleanup, the
 * time until the loader's worker thread has freed the JSON tree too */
static double
full_load (GBytes *bytes,
           double *with_cleanup)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (bytes, NULL, &error);
  double ms = (g_get_monotonic_time () - start) / 1000.0;

  if (profile == NULL)
    g_error ("the benchmark's profile does not load: %s", error->message);

  /* The next measurement starts with no thread freeing */
  atlas_profile_wait_for_cleanup ();
  if (with_cleanup != NULL)
    *with_cleanup = (g_get_monotonic_time () - start) / 1000.0;

  return ms;
}

/* A profile of n publications, events and organizations, with the same
 * shape as the shipped one */
static GBytes *
generate (guint n_publications,
          guint n_events,
          guint n_organizations)
{
  GString *s = g_string_new (NULL);

  g_string_append (s,
                   "{\"format\": \"atlas-profile\", \"format_version\": 1,"
                   " \"country\": {\"code\": \"XT\", \"name\": \"Benchland\"},"
                   " \"edition\": {\"year\": 2020, \"title\": \"Benchmark\"},"
                   " \"statistics\": [], \"education\": [],"
                   " \"law_enforcement\": {\"agency\": \"A\", \"description\": \"D\", \"units\": []},"
                   " \"legislation\": {\"intro\": \"I\", \"items\": []},");
  g_string_append (s, " \"organizations\": [");
  for (guint i = 0; i < n_organizations; i++)
    g_string_append_printf (s, "%s{\"id\": \"org-%u\", \"name\": \"Organization %u\", \"kind\": \"ngo\","
                               " \"scope\": \"national\", \"founded\": %u, \"description\": \"An organization"
                               " that works for the safety of children online, number %u.\","
                               " \"url\": \"https://example.org/%u\"}",
                            i ? "," : "", i, i, 1950 + i % 70, i, i);
  g_string_append (s, "], \"timeline\": [");
  for (guint i = 0; i < n_events; i++)
    g_string_append_printf (s, "%s{\"id\": \"event-%u\", \"year\": %u, \"title\": \"Event %u\","
                               " \"description\": \"Something happened for online safety in year %u.\"}",
                            i ? "," : "", i, 1990 + i % 30, i, 1990 + i % 30);
  g_string_append (s, "], \"research\": [");
  for (guint i = 0; i < n_publications; i++)
    g_string_append_printf (s, "%s{\"id\": \"pub-%u\", \"title\": \"Children and Their Changing Media"
                               " Environment, volume %u\", \"year\": %u, \"authors\": [\"Livingstone, S.\","
                               " \"Ólafsson, K.\", \"Author%u, A.\"], \"contributors\": \"with the EU Kids"
                               " Online network\", \"summary\": \"This report reviews research on children's"
                               " use of internet and mobile technologies, study %u.\"}",
                            i ? "," : "", i, i, 1990 + i % 30, i % 997, i);
  g_string_append (s, "]}");

  return g_string_free_to_bytes (s);
}

static void
bench_loading (const char *name,
               GBytes     *bytes,
               guint       runs)
{
  g_autofree double *parse = g_new (double, runs);
  g_autofree double *load = g_new (double, runs);
  g_autofree double *freed = g_new (double, runs);
  g_autofree double *cleaned = g_new (double, runs);
  Stats p, l, f, c;

  /* Interleaved, so that a noisy moment hits both */
  for (guint i = 0; i < runs; i++)
    {
      parse[i] = parse_only (bytes);
      load[i] = full_load (bytes, &cleaned[i]);
      freed[i] = parse_and_free (bytes);
    }

  p = stats_of (parse, runs);
  l = stats_of (load, runs);
  f = stats_of (freed, runs);
  c = stats_of (cleaned, runs);
  g_print ("loading %-40s %9.2f ms (%.2f-%.2f)  baseline json-glib parse %9.2f ms  ratio %.2f  (target <= 2.0)\n",
           name, l.median, l.min, l.max, p.median, l.median / p.median);
  g_print ("  (until the tree is freed too: %.2f ms, against json-glib parse and free %.2f ms: %.2f)\n",
           c.median, f.median, c.median / f.median);
}

/* Realistic keystroke prefixes: what a query is after each key */
static const char * const keystrokes[] = {
    "c", "ch", "chi", "chil", "child", "childr", "childre", "children",
    "o", "ol", "ola", "olaf", "olafs", "olafss", "olafsso", "olafsson",
    "livingstone 2", "livingstone 20", "livingstone 201", "livingstone 2015",
    "mobile", "study 4", "study 42", "study 424", "study 4242",
};

static void
bench_filter (GBytes *bytes)
{
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (bytes, NULL, NULL);
  GListModel *research = atlas_profile_get_research (profile);
  guint n = g_list_model_get_n_items (research);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  double times[G_N_ELEMENTS (keystrokes)];
  double first;
  gint64 start;
  guint matches = 0;
  Stats s;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (research, i));

  /* The first pass folds every publication's text once: the "index" */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    matches += atlas_publication_matches (g_ptr_array_index (items, i), "x", 0, 0);
  first = (g_get_monotonic_time () - start) / 1000.0;

  for (guint k = 0; k < G_N_ELEMENTS (keystrokes); k++)
    {
      g_autofree char *query = NULL;

      start = g_get_monotonic_time ();
      query = atlas_text_fold (keystrokes[k]);
      for (guint i = 0; i < n; i++)
        matches += atlas_publication_matches (g_ptr_array_index (items, i), query, 0, 0);
      times[k] = (g_get_monotonic_time () - start) / 1000.0;
    }

  s = stats_of (times, G_N_ELEMENTS (times));
  g_print ("filter index build (%u publications)              %9.2f ms\n", n, first);
  g_print ("filter per keystroke (%u publications, %u queries) %9.2f ms (%.2f-%.2f)  target < 16 ms  ratio to one frame %.2f\n",
           n, (guint) G_N_ELEMENTS (keystrokes), s.median, s.min, s.max, s.median / 16.0);
  if (matches == 0)
    g_print ("(no match: the benchmark is wrong)\n");
}

/* The search of the whole profile (AtlasSearchIndex): built once, then
 * one query per keystroke */
static void
bench_search (GBytes *bytes)
{
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (bytes, NULL, NULL);
  double builds[5];
  double times[G_N_ELEMENTS (keystrokes)];
  g_autoptr(AtlasSearchIndex) index = NULL;
  guint matches = 0;
  Stats b, s;

  for (guint i = 0; i < G_N_ELEMENTS (builds); i++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_object (&index);
      index = atlas_search_index_new (profile);
      builds[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  for (guint k = 0; k < G_N_ELEMENTS (keystrokes); k++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GArray) results = atlas_search_index_query (index, keystrokes[k]);

      times[k] = (g_get_monotonic_time () - start) / 1000.0;
      matches += results->len;
    }

  b = stats_of (builds, G_N_ELEMENTS (builds));
  s = stats_of (times, G_N_ELEMENTS (times));
  g_print ("search index build (%u items)                    %9.2f ms (%.2f-%.2f)\n",
           atlas_search_index_get_n_items (index), b.median, b.min, b.max);
  g_print ("search per keystroke (%u items, %u queries)     %9.2f ms (%.2f-%.2f)  target < 16 ms  ratio to one frame %.2f\n",
           atlas_search_index_get_n_items (index), (guint) G_N_ELEMENTS (keystrokes),
           s.median, s.min, s.max, s.median / 16.0);
  if (matches == 0)
    g_print ("(no match: the benchmark is wrong)\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) shipped = NULL;
  g_autoptr(GBytes) large = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  /* --peak-rss load|parse: one of them on the generated profile, for
   * bench/run to read the peak memory of the process */
  if (argc == 3 && g_str_equal (argv[1], "--peak-rss"))
    {
      large = generate (100000, 5000, 2000);
      if (g_str_equal (argv[2], "load"))
        full_load (large, NULL);
      else
        parse_and_free (large);
      return 0;
    }

  if (argc < 2)
    g_error ("usage: load-bench SHIPPED-PROFILE | --peak-rss load|parse");

  if (!g_file_get_contents (argv[1], &contents, &len, &error))
    g_error ("%s", error->message);
  shipped = g_bytes_new_take (g_steal_pointer (&contents), len);
  large = generate (100000, 5000, 2000);

  bench_loading ("shipped profile (be.json)", shipped, 51);
  bench_loading ("generated (100,000 pub., 5,000 ev., 2,000 org.)", large, 7);
  bench_filter (large);
  bench_search (large);

  return 0;
}
