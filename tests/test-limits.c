/* test-limits.c: what the loader refuses so that no file can hang the
 * app, exhaust memory or slip text it cannot show past it (atlas-limits.h,
 * atlas-json-strict.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atlas-language.h"
#include "atlas-limits.h"
#include "atlas-problem.h"
#include "atlas-profile.h"
#include "atlas-publication.h"
#include "atlas-test-i18n.h"
#include "atlas-save.h"
#include "atlas-terminal.h"
#include "atlas-test-profile.h"
#include "atlas-url.h"

/* Devices and named pipes are refused before they are opened: /dev/zero
 * never ends, and opening a pipe waits for a writer. Through a symbolic
 * link too. */
static void
test_special_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-limits-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.json", NULL);
  g_autofree char *link = g_build_filename (dir, "zero.json", NULL);
  const char *paths[] = { "/dev/zero", fifo, link };

  g_assert_nonnull (dir);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", link), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(AtlasProfile) profile = atlas_profile_new_from_file (file, NULL, NULL, &error);

      g_test_message ("%s", paths[i]);
      g_assert_null (profile);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
    }

  g_unlink (fifo);
  g_unlink (link);
  g_rmdir (dir);
}

/* A regular file one byte over the limit, without reading it: sparse */
static void
test_file_too_large (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = NULL;
  int fd = g_file_open_tmp ("atlas-limits-XXXXXX.json", &path, NULL);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) ATLAS_LIMIT_FILE_BYTES + 1), ==, 0);
  close (fd);

  file = g_file_new_for_path (path);
  profile = atlas_profile_new_from_file (file, NULL, NULL, &error);
  g_assert_null (profile);
  g_assert_error (error, ATLAS_PROFILE_ERROR, ATLAS_PROFILE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "64"));
  g_unlink (path);
}

/* @text is refused as @code, with @expected as its one problem */
static void
assert_refused (const char        *text,
                AtlasProfileError  code,
                const char        *expected)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GPtrArray) problems = atlas_test_load_problems (bytes, code);
  g_autofree char *line = atlas_problem_to_string (g_ptr_array_index (problems, 0));

  g_test_message ("%s", text);
  g_assert_cmpstr (line, ==, expected);
}

/* What json-glib 1.6 reads and JSON does not allow is refused, where it
 * is; what JSON allows still loads */
static void
test_strict_json (void)
{
  g_autofree char *minimal = g_strdup (atlas_test_minimal_profile);
  g_autofree char *twice = g_strconcat (minimal, "\n", minimal, NULL);
  g_autofree char *commented = g_strconcat ("// a profile\n", minimal, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) twice_bytes = g_bytes_new (twice, strlen (twice));
  g_autoptr(GPtrArray) problems = atlas_test_load_problems (twice_bytes, ATLAS_PROFILE_ERROR_SYNTAX);
  g_autofree char *first = atlas_problem_to_string (g_ptr_array_index (problems, 0));

  g_assert_nonnull (strstr (first, "more text after the end of the profile"));

  assert_refused (commented, ATLAS_PROFILE_ERROR_SYNTAX,
                  "line 1, column 1: comments are not allowed in JSON");
  assert_refused ("{\n  \"format\": /* here */ \"atlas-profile\"\n}", ATLAS_PROFILE_ERROR_SYNTAX,
                  "line 2, column 13: comments are not allowed in JSON");
  assert_refused ("{\n  'format': 'atlas-profile'\n}", ATLAS_PROFILE_ERROR_SYNTAX,
                  "line 2, column 3: strings must be in double quotes (\") in JSON, not single quotes");
  assert_refused ("{\"a\": \"line\nbreak\"}", ATLAS_PROFILE_ERROR_SYNTAX,
                  "line 1, column 12: a string contains a control character (a line break or a tab must be written \\n or \\t)");
  /* The address that json-glib reads as https://childfocus.be */
  assert_refused ("{\"url\": \"https://childfocus.be\\u0000.evil.com\"}", ATLAS_PROFILE_ERROR_SYNTAX,
                  "line 1, column 31: a string contains \\u0000, the NUL character, which is not text");
  assert_refused ("{\"a\": \"X\\ud800Y\"}", ATLAS_PROFILE_ERROR_SYNTAX,
                  "line 1, column 9: a string contains \\ud800, half of a character without its second half");
  assert_refused ("{\"a\": \"X\\udc00Y\"}", ATLAS_PROFILE_ERROR_SYNTAX,
                  "line 1, column 9: a string contains \\udc00, half of a character without its first half");
  assert_refused ("{\"a\": \"\\ud800\\u0041\"}", ATLAS_PROFILE_ERROR_SYNTAX,
                  "line 1, column 8: a string contains \\ud800, half of a character without its second half");
  /* Words are left to json-glib, whose message differs from version to version */
  {
    g_autoptr(GBytes) words = g_bytes_new_static ("this is not JSON", 16);
    g_autoptr(GPtrArray) word_problems = atlas_test_load_problems (words, ATLAS_PROFILE_ERROR_SYNTAX);
    g_autofree char *line = atlas_problem_to_string (g_ptr_array_index (word_problems, 0));

    g_assert_nonnull (strstr (line, "Parse error"));
  }
  assert_refused ("{} []", ATLAS_PROFILE_ERROR_SYNTAX,
                  "line 1, column 4: there is more text after the end of the profile (a second JSON document?)");

  /* Allowed: an escaped backslash before "u0000" (the text \u0000), a
   * whole surrogate pair, and text after a string that looks like a
   * comment */
  {
    g_autofree char *summary = g_strdup_printf ("[{\"id\": \"a\", \"title\": \"C:\\\\u0000 // not a comment \\ud83d\\ude00\","
                                                " \"year\": 2015, \"authors\": [], \"summary\": \"S\"}]");
    g_autoptr(GBytes) bytes = atlas_test_profile_with ("research", summary);
    g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (bytes, NULL, &error);
    g_autoptr(AtlasPublication) publication = NULL;

    g_assert_no_error (error);
    publication = g_list_model_get_item (atlas_profile_get_research (profile), 0);
    g_assert_cmpstr (atlas_item_get_title (ATLAS_ITEM (publication)), ==, "C:\\u0000 // not a comment \xf0\x9f\x98\x80");
  }
}

/* Values the charts and the formatters hold exactly, and no larger */
static void
test_values (void)
{
  g_autoptr(GBytes) at_limit = atlas_test_profile_with ("statistics",
    "[{\"id\": \"s\", \"label\": \"L\", \"value\": 1e15, \"unit\": \"count\", \"year\": 2016,"
    "  \"source\": {\"name\": \"S\"}, \"series\": [{\"id\": \"r\", \"label\": \"L\", \"unit\": \"count\","
    "  \"source\": {\"name\": \"S\"}, \"points\": [{\"year\": 2010, \"value\": -1e15}]}]}]");
  g_autoptr(GBytes) over = atlas_test_profile_with ("statistics",
    "[{\"id\": \"s\", \"label\": \"L\", \"value\": 1, \"unit\": \"count\", \"year\": 2016,"
    "  \"source\": {\"name\": \"S\"}, \"series\": [{\"id\": \"r\", \"label\": \"L\", \"unit\": \"count\","
    "  \"source\": {\"name\": \"S\"}, \"points\": [{\"year\": 2010, \"value\": 1.0000001e16}]}]}]");
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (at_limit, NULL, &error);

  g_assert_no_error (error);
  atlas_test_assert_one_problem (over, "statistics[0].series[0].points[0].value: must lie between -10^15 and 10^15");
}

/* A publication whose title is @title, as JSON text */
static GBytes *
with_title (const char *title)
{
  g_autofree char *item =
    g_strdup_printf ("[{\"id\": \"a\", \"title\": \"%s\", \"year\": 2015, \"authors\": [\"A\"], \"summary\": \"S\"}]", title);

  return atlas_test_profile_with ("research", item);
}

/* Text the app cannot show is refused with its path: control characters
 * other than line breaks and tabs, and a letter under more combining marks
 * than any script uses */
static void
test_text (void)
{
  g_autoptr(GString) marks = g_string_new ("e");
  g_autoptr(GBytes) escape = with_title ("\\u001b[31mred");
  g_autoptr(GBytes) c1 = with_title ("next\\u0085line");
  g_autoptr(GBytes) tab = with_title ("a\\tb\\nc");
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = NULL;

  atlas_test_assert_one_problem (escape, "research[0].title: contains the control character U+001B");
  atlas_test_assert_one_problem (c1, "research[0].title: contains the control character U+0085");
  profile = atlas_profile_new_from_bytes (tab, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&profile);

  for (guint i = 0; i < ATLAS_LIMIT_COMBINING_RUN; i++)
    g_string_append (marks, "\\u0301");
  {
    g_autoptr(GBytes) at_limit = with_title (marks->str);

    profile = atlas_profile_new_from_bytes (at_limit, NULL, &error);
    g_assert_no_error (error);
    g_clear_object (&profile);
  }
  g_string_append (marks, "\\u0301");
  {
    g_autoptr(GBytes) over = with_title (marks->str);
    g_autofree char *expected = g_strdup_printf ("research[0].title: has more than %u combining marks on one character",
                                                 ATLAS_LIMIT_COMBINING_RUN);

    atlas_test_assert_one_problem (over, expected);
  }

  /* In arrays of strings too: an author */
  {
    g_autoptr(GBytes) author = atlas_test_profile_with ("research",
      "[{\"id\": \"a\", \"title\": \"T\", \"year\": 2015, \"authors\": [\"A\\u0007\"], \"summary\": \"S\"}]");

    atlas_test_assert_one_problem (author, "research[0].authors[0]: contains the control character U+0007");
  }
}

/* Addresses that mislead or reach what they should not are refused;
 * a host in another script is shown as the browser shows it */
static void
test_addresses (void)
{
  static const char * const refused[] = {
    "https://childfocus.be@evil.example/",
    "https://user:password@example.org/",
    "https://example.com/\\u202egpj.exe",     /* reads "…exe.jpg" */
    "https://example.com/a\\u200bb",          /* a zero-width space */
    "https://example.com/\\u00a0x",           /* a no-break space */
    "https://example.com/\\u0085",            /* a C1 control */
    "http://127.0.0.1:631/admin",
    "http://localhost:8080/",
    "http://printer.localhost/",
    "http://[::1]/",
    "http://192.168.1.1/",
    "http://10.0.0.1/",
    "http://169.254.1.1/",
    "http://0.0.0.0/",
    "mailto:a@b\\u202e.be",
  };
  g_autoptr(GString) long_url = g_string_new ("https://example.org/");
  g_autofree char *host = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *unicode = NULL;
      const char *reason = NULL;

      /* \uXXXX as UTF-8 */
      {
        g_autoptr(GString) s = g_string_new (NULL);

        for (const char *p = refused[i]; *p != '\0'; p++)
          if (p[0] == '\\' && p[1] == 'u')
            {
              g_autofree char *hex = g_strndup (p + 2, 4);

              g_string_append_unichar (s, (gunichar) g_ascii_strtoull (hex, NULL, 16));
              p += 5;
            }
          else
            g_string_append_c (s, *p);
        unicode = g_string_free (g_steal_pointer (&s), FALSE);
      }

      g_test_message ("%s", refused[i]);
      g_assert_false (atlas_url_is_openable (unicode));
      if (g_str_has_prefix (unicode, "http"))
        {
          g_assert_false (atlas_url_check_web (unicode, &reason));
          g_assert_nonnull (reason);
        }
    }

  while (long_url->len <= ATLAS_LIMIT_URL_BYTES)
    g_string_append (long_url, "aaaaaaaa/");
  g_assert_false (atlas_url_is_web (long_url->str));
  g_string_truncate (long_url, ATLAS_LIMIT_URL_BYTES);
  g_assert_true (atlas_url_is_web (long_url->str));

  /* Allowed, and shown in ASCII: a Cyrillic look-alike of "apple.com" */
  g_assert_true (atlas_url_is_web ("https://\xd0\xb0\xd1\x80\xd1\x80\xd3\x8f\xd0\xb5.com/"));
  host = atlas_url_format_host ("https://\xd0\xb0\xd1\x80\xd1\x80\xd3\x8f\xd0\xb5.com/");
  g_assert_true (g_str_has_prefix (host, "xn--"));
  g_clear_pointer (&host, g_free);
  {
    g_autofree char *tooltip = atlas_url_format_tooltip ("https://\xd0\xb0\xd1\x80\xd1\x80\xd3\x8f\xd0\xb5.com/");
    g_autofree char *plain = atlas_url_format_tooltip ("https://www.childfocus.be/");

    g_assert_true (g_str_has_prefix (tooltip, "xn--"));
    g_assert_true (g_str_has_suffix (tooltip, "https://\xd0\xb0\xd1\x80\xd1\x80\xd3\x8f\xd0\xb5.com/"));
    g_assert_cmpstr (plain, ==, "https://www.childfocus.be/");
  }
  host = atlas_url_format_host ("https://WWW.Childfocus.be/fr");
  g_assert_cmpstr (host, ==, "www.childfocus.be");
  g_assert_true (atlas_url_is_web ("https://www.childfocus.be/fr/"));
  g_assert_true (atlas_url_is_web ("https://8.8.8.8/"));
  g_assert_true (atlas_url_is_openable ("mailto:info@childfocus.be"));
}

/* What reaches a terminal cannot act on it */
static void
test_terminal (void)
{
  static const struct {
    const char *text;
    const char *escaped;
  } cases[] = {
    { "be.json", "be.json" },
    { "Belgi\xc3\xab", "Belgi\xc3\xab" },
    { "\033[31mred\033[0m", "\\e[31mred\\e[0m" },
    { "ok\rvalid", "ok\\rvalid" },
    { "a\nb\tc", "a\\nb\\tc" },
    { "del\x7f", "del\\x7f" },
    { "c1\xc2\x9b", "c1\\u009b" },
    { "gpj\xe2\x80\xae.exe", "gpj\\u202e.exe" },
    { "not utf-8 \xff", "not utf-8 \\xff" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = atlas_terminal_escape (cases[i].text);

      g_assert_cmpstr (escaped, ==, cases[i].escaped);
    }
}

/* A file with more problems than are kept says how many were left out */
static void
test_problems_cut (void)
{
  g_autoptr(GString) items = g_string_new ("[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *last = NULL;

  for (guint i = 0; i < ATLAS_LIMIT_PROBLEMS + 100; i++)
    g_string_append_printf (items, "%s{\"id\": \"e%u\", \"title\": \"T\", \"year\": 1800, \"description\": \"D\"}",
                            i > 0 ? "," : "", i);
  g_string_append (items, "]");
  bytes = atlas_test_profile_with ("education", items->str);
  problems = atlas_test_load_problems (bytes, ATLAS_PROFILE_ERROR_INVALID);

  g_assert_cmpuint (problems->len, ==, ATLAS_LIMIT_PROBLEMS + 1);
  last = atlas_problem_to_string (g_ptr_array_index (problems, problems->len - 1));
  g_assert_cmpstr (last, ==, "and 100 more problems");

  /* Still a profile with mistakes, not "not a profile" */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (bytes, NULL, &error);

    g_assert_null (profile);
    g_assert_cmpint (atlas_problems_get_refusal (error, problems), ==, ATLAS_REFUSAL_MISTAKES);
  }
}

/* For g_ptr_array_sort(), which passes pointers to the elements */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, joined by spaces */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
}

/* Saving replaces a symbolic link by the file, and never writes where it
 * points */
static void
test_save_link (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("atlas-save-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "elsewhere.txt", NULL);
  g_autofree char *path = g_build_filename (dir, "research.bib", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("NEW", 3);
  g_autofree char *names = NULL;

  g_file_set_contents (target, "KEEP", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (symlink (target, path), ==, 0);

  g_assert_true (atlas_save_bytes (file, bytes, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_IS_SYMLINK));
  assert_contents (path, "NEW");
  assert_contents (target, "KEEP");
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "elsewhere.txt research.bib");

  g_unlink (path);
  g_unlink (target);
  g_rmdir (dir);
}

/* On a full disk the old file stays as it was and no temporary file is
 * left: on a 64 KiB tmpfs, which the test mounts when it may (as root,
 * outside a sandbox that forbids it) */
static void
test_save_full_disk (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("atlas-full-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *mount = g_strdup_printf ("mount -t tmpfs -o size=64k tmpfs '%s'", dir);
  g_autofree char *umount = g_strdup_printf ("umount '%s'", dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) big = NULL;
  g_autofree char *names = NULL;
  int status = -1;

  if (getuid () != 0 || !g_spawn_command_line_sync (mount, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      g_test_skip ("mounting a small tmpfs needs root and a system that allows it");
      g_rmdir (dir);
      return;
    }

  g_file_set_contents (path, "OLD", -1, &error);
  g_assert_no_error (error);

  big = g_bytes_new_take (g_malloc0 (1024 * 1024), 1024 * 1024);
  g_assert_false (atlas_save_bytes (file, big, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  assert_contents (path, "OLD");
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "handout.pdf");

  g_unlink (path);
  g_assert_true (g_spawn_command_line_sync (umount, NULL, NULL, &status, NULL));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  atlas_test_bind_catalogue ();
  atlas_language_set ("");

  g_test_add_func ("/Atlas/Limits/special-files", test_special_files);
  g_test_add_func ("/Atlas/Limits/file-too-large", test_file_too_large);
  g_test_add_func ("/Atlas/Limits/strict-json", test_strict_json);
  g_test_add_func ("/Atlas/Limits/text", test_text);
  g_test_add_func ("/Atlas/Limits/values", test_values);
  g_test_add_func ("/Atlas/Limits/addresses", test_addresses);
  g_test_add_func ("/Atlas/Limits/terminal", test_terminal);
  g_test_add_func ("/Atlas/Limits/problems-cut", test_problems_cut);
  g_test_add_func ("/Atlas/Save/link", test_save_link);
  g_test_add_func ("/Atlas/Save/full-disk", test_save_full_disk);

  return g_test_run ();
}
