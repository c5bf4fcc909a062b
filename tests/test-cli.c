/* test-cli.c: the command line: --validate, --version, --section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

typedef struct {
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
run (Result     *result,
     const char *first_arg,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("ATLAS_BINARY");
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);

  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);
}

static char *
data_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "schema", name, NULL);
}

/* Each valid file on a line, with how many notes it has on what changed
 * since its edition or what the edition gets wrong */
static void
test_validate_shipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "profiles", "be.json", NULL);
  g_autofree char *notes = data_file ("notes-valid.json");
  g_autofree char *expected =
    g_strdup_printf ("%s: valid profile of Belgium (2016), 15 notes\n"
                     "%s: valid profile of Testland (2016), 3 notes\n", path, notes);
  g_auto(Result) result = { 0 };

  run (&result, "--validate", path, notes, NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, expected);
  g_assert_cmpstr (result.err, ==, "");
}

static void
test_validate_invalid (void)
{
  g_autofree char *valid = data_file ("minimal-valid.json");
  g_autofree char *invalid = data_file ("invalid-year.json");
  g_autofree char *expected_out = g_strdup_printf ("%s: valid profile of Testland (2016), 0 notes\n", valid);
  g_autofree char *expected_err =
    g_strdup_printf ("%s: research[0].year: expected an integer, got \"2015a\"\n", invalid);
  g_auto(Result) result = { 0 };

  run (&result, "--validate", valid, invalid, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, expected_out);
  g_assert_cmpstr (result.err, ==, expected_err);
}

static void
test_validate_unreadable (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("atlas-cli-XXXXXX", &error);
  g_autofree char *broken = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *expected = NULL;
  g_auto(Result) result = { 0 };

  g_assert_no_error (error);
  g_file_set_contents (broken, "{\n  \"format\": [1,\n", -1, &error);
  g_assert_no_error (error);

  run (&result, "--validate", broken, dir, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  expected = g_strdup_printf ("%s: line 3, column 0: Parse error: unexpected end of file, expected character `]'\n"
                              "%s: this is a folder, not a profile file\n",
                              broken, dir);
  g_assert_cmpstr (result.err, ==, expected);

  g_unlink (broken);
  g_rmdir (dir);
}

/* Names from the command line reach the terminal as text: an escape
 * sequence or a carriage return in a file's name is printed escaped; a
 * device is refused, not read */
static void
test_validate_escapes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("atlas-cli-XXXXXX", &error);
  g_autofree char *valid = data_file ("minimal-valid.json");
  g_autofree char *named = g_build_filename (dir, "a\033]0;pwned\007\rvalid.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected_out = NULL;
  g_autofree char *expected_err = NULL;
  g_auto(Result) result = { 0 };
  gsize len;

  g_assert_no_error (error);
  g_file_get_contents (valid, &contents, &len, &error);
  g_assert_no_error (error);
  g_file_set_contents (named, contents, (gssize) len, &error);
  g_assert_no_error (error);

  run (&result, "--validate", named, "/dev/zero", NULL);
  g_assert_cmpint (result.status, ==, 1);
  expected_out = g_strdup_printf ("%s/a\\e]0;pwned\\x07\\rvalid.json: valid profile of Testland (2016), 0 notes\n", dir);
  g_assert_cmpstr (result.out, ==, expected_out);
  expected_err = g_strdup ("/dev/zero: this is not a regular file (a device, a pipe or a socket), not a profile file\n");
  g_assert_cmpstr (result.err, ==, expected_err);

  g_unlink (named);
  g_rmdir (dir);
}

static void
test_validate_usage (void)
{
  g_auto(Result) result = { 0 };

  run (&result, "--validate", NULL);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_cmpstr (result.err, ==, "--validate needs at least one file\n");
}

static void
test_version (void)
{
  g_auto(Result) result = { 0 };

  run (&result, "--version", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "online-safety-atlas " PACKAGE_VERSION "\n");
}

static void
test_unknown_section (void)
{
  g_auto(Result) result = { 0 };

  run (&result, "--section", "weather", NULL);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_true (g_str_has_prefix (result.err, "Unknown section “weather”"));
}

static gboolean
wait_for (gboolean (*condition) (gpointer data),
          gpointer   data)
{
  /* Up to 60 s: a sanitized build on a loaded machine starts slowly */
  for (guint i = 0; i < 1200; i++)
    {
      if (condition (data))
        return TRUE;
      g_usleep (50 * 1000);
    }

  return FALSE;
}

static gboolean
name_has_owner (gpointer data)
{
  GDBusConnection *bus = data;
  g_autoptr(GVariant) reply = NULL;
  gboolean has_owner = FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", APP_ID), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &has_owner);

  return has_owner;
}

/* A launcher for the app, its output silenced, its settings in a keyfile
 * under a new XDG_CONFIG_HOME (its XDG_DATA_HOME too), which the test
 * reads to see what the app did */
static GSubprocessLauncher *
launcher_with_config (const char  *name_template,
                      char       **config,
                      char       **keyfile)
{
  g_autoptr(GError) error = NULL;
  GSubprocessLauncher *launcher;

  *config = g_dir_make_tmp (name_template, &error);
  g_assert_no_error (error);
  *keyfile = g_build_filename (*config, "glib-2.0", "settings", "keyfile", NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "keyfile", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", *config, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", *config, TRUE);
  /* What is tested is the behaviour; the keyfile backend warns where the
   * machine has no file monitor */
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");

  return launcher;
}

/* Quits the app through its exported actions; it exits cleanly */
static void
quit_app (GDBusConnection *bus,
          GSubprocess     *app)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  reply = g_dbus_connection_call_sync (bus, APP_ID, "/io/github/onlinesafetyatlas/Atlas",
                                       "org.gtk.Actions", "Activate",
                                       g_variant_new ("(sava{sv})", "quit", NULL, NULL),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_subprocess_wait (app, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (app));
  g_assert_cmpint (g_subprocess_get_exit_status (app), ==, 0);
}

/* Removes a test's XDG_CONFIG_HOME and the settings keyfile in it */
static void
remove_config (const char *config,
               const char *keyfile)
{
  g_autofree char *settings_dir = g_path_get_dirname (keyfile);
  g_autofree char *glib_dir = g_path_get_dirname (settings_dir);

  g_unlink (keyfile);
  g_rmdir (settings_dir);
  g_rmdir (glib_dir);
  g_rmdir (config);
}

static gboolean
keyfile_says_legislation (gpointer data)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (data, &contents, NULL, NULL) &&
         strstr (contents, "last-section='legislation'") != NULL;
}

/* A second launch with --section does not open a second window: the
 * running instance shows the section (and remembers it, which is what this
 * test can see from outside) */
static void
test_single_instance (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) primary = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autofree char *config = NULL;
  g_autofree char *keyfile = NULL;
  const char *binary = g_getenv ("ATLAS_BINARY");

  if (g_getenv ("DISPLAY") == NULL || g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("needs a display and a session bus (make test provides both)");
      return;
    }

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  launcher = launcher_with_config ("atlas-instance-XXXXXX", &config, &keyfile);

  primary = g_subprocess_launcher_spawn (launcher, &error, binary, "--section", "overview", NULL);
  g_assert_no_error (error);
  g_assert_true (wait_for (name_has_owner, bus));

  g_subprocess_launcher_set_flags (launcher, G_SUBPROCESS_FLAGS_NONE);
  second = g_subprocess_launcher_spawn (launcher, &error, binary, "--section", "legislation", NULL);
  g_assert_no_error (error);
  g_subprocess_wait (second, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (second), ==, 0);

  g_assert_true (wait_for (keyfile_says_legislation, keyfile));

  /* Quit the primary through its exported actions */
  quit_app (bus, primary);

  remove_config (config, keyfile);
}

typedef struct {
  const char *path;
  const char *expected;
} KeyfileWait;

static gboolean
keyfile_contains (gpointer data)
{
  KeyfileWait *wait = data;
  g_autofree char *contents = NULL;

  return g_file_get_contents (wait->path, &contents, NULL, NULL) &&
         strstr (contents, wait->expected) != NULL;
}

/* Files reach the app from its command line and, once it runs, through
 * the org.freedesktop.Application interface (what Files uses); the last
 * one comes back after a restart */
static void
test_open_routes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) app = NULL;
  g_autoptr(GVariant) open_reply = NULL;
  g_autofree char *config = NULL;
  g_autofree char *keyfile = NULL;
  g_autofree char *testland = g_test_build_filename (G_TEST_DIST, "data", "testland.atlas.json", NULL);
  g_autofree char *shipped = g_test_build_filename (G_TEST_DIST, "..", "resources", "profiles", "be.json", NULL);
  g_autoptr(GFile) testland_file = g_file_new_for_path (testland);
  g_autoptr(GFile) shipped_file = g_file_new_for_path (shipped);
  g_autofree char *testland_uri = g_file_get_uri (testland_file);
  g_autofree char *shipped_uri = g_file_get_uri (shipped_file);
  g_autofree char *expect_testland = g_strdup_printf ("last-profile='%s'", testland_uri);
  g_autofree char *expect_shipped = g_strdup_printf ("last-profile='%s'", shipped_uri);
  KeyfileWait wait;
  const char *binary = g_getenv ("ATLAS_BINARY");
  GVariantBuilder uris;

  if (g_getenv ("DISPLAY") == NULL || g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("needs a display and a session bus (make test provides both)");
      return;
    }

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  launcher = launcher_with_config ("atlas-open-XXXXXX", &config, &keyfile);

  /* online-safety-atlas FILE */
  app = g_subprocess_launcher_spawn (launcher, &error, binary, testland, NULL);
  g_assert_no_error (error);
  wait.path = keyfile;
  wait.expected = expect_testland;
  g_assert_true (wait_for (keyfile_contains, &wait));

  /* The profile open when the app quit is the one it opens next time,
   * even when the app quits again before it has loaded it */
  quit_app (bus, app);
  g_clear_object (&app);
  app = g_subprocess_launcher_spawn (launcher, &error, binary, "--section", "legislation", NULL);
  g_assert_no_error (error);
  g_assert_true (wait_for (keyfile_says_legislation, keyfile));
  {
    g_autofree char *contents = NULL;

    g_file_get_contents (keyfile, &contents, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (contents, expect_testland));
  }

  /* org.freedesktop.Application.Open on the running app */
  g_variant_builder_init (&uris, G_VARIANT_TYPE ("as"));
  g_variant_builder_add (&uris, "s", shipped_uri);
  open_reply = g_dbus_connection_call_sync (bus, APP_ID, "/io/github/onlinesafetyatlas/Atlas",
                                            "org.freedesktop.Application", "Open",
                                            g_variant_new ("(asa{sv})", &uris, NULL),
                                            NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  wait.expected = expect_shipped;
  g_assert_true (wait_for (keyfile_contains, &wait));

  quit_app (bus, app);

  remove_config (config, keyfile);
}

static GVariant *
call_provider (GDBusConnection *bus,
               const char      *method,
               GVariant        *parameters,
               const char      *reply_type)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  reply = g_dbus_connection_call_sync (bus, APP_ID, "/io/github/onlinesafetyatlas/Atlas/SearchProvider",
                                       "org.gnome.Shell.SearchProvider2", method, parameters,
                                       reply_type != NULL ? G_VARIANT_TYPE (reply_type) : NULL,
                                       G_DBUS_CALL_FLAGS_NONE, 30000, NULL, &error);
  g_assert_no_error (error);
  return reply;
}

static gboolean
strv_contains_all (const char * const *strv,
                   const char * const *wanted)
{
  for (guint i = 0; wanted[i] != NULL; i++)
    if (!g_strv_contains (strv, wanted[i]))
      return FALSE;
  return TRUE;
}

/* What GNOME Shell calls when a user types in the Activities overview: the
 * app is started as a D-Bus service, without a window, finds items of the
 * profile it would show, names them, and opens the one chosen */
static void
test_search_provider (void)
{
  static const char * const child_focus_ids[] = { "overview/helpline", "organizations/child-focus", NULL };
  static const char * const terms[] = { "CHILD", "focus", NULL };
  static const char * const narrower[] = { "child", "focus", "missing", NULL };
  static const char * const wanted_ids[] = { "organizations/child-focus", "no-such/item", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) app = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) sub_ids = NULL;
  g_autofree char *config = NULL;
  g_autofree char *keyfile = NULL;
  g_autoptr(GVariantIter) metas = NULL;
  KeyfileWait wait;
  GVariant *meta;
  guint n_metas = 0;
  const char *binary = g_getenv ("ATLAS_BINARY");

  if (g_getenv ("DISPLAY") == NULL || g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("needs a display and a session bus (make test provides both)");
      return;
    }

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  launcher = launcher_with_config ("atlas-provider-XXXXXX", &config, &keyfile);

  /* How D-Bus activation starts it */
  app = g_subprocess_launcher_spawn (launcher, &error, binary, "--gapplication-service", NULL);
  g_assert_no_error (error);
  g_assert_true (wait_for (name_has_owner, bus));

  /* Case and the order of the words do not matter */
  reply = call_provider (bus, "GetInitialResultSet", g_variant_new ("(^as)", terms), "(as)");
  g_variant_get (reply, "(^as)", &ids);
  g_assert_true (strv_contains_all ((const char * const *) ids, child_focus_ids));
  g_clear_pointer (&reply, g_variant_unref);

  /* One more word: fewer results, all among the first */
  reply = call_provider (bus, "GetSubsearchResultSet", g_variant_new ("(^as^as)", ids, narrower), "(as)");
  g_variant_get (reply, "(^as)", &sub_ids);
  g_assert_cmpuint (g_strv_length (sub_ids), >, 0);
  g_assert_cmpuint (g_strv_length (sub_ids), <, g_strv_length (ids));
  g_assert_true (strv_contains_all ((const char * const *) ids, (const char * const *) sub_ids));
  g_assert_true (g_strv_contains ((const char * const *) sub_ids, "organizations/child-focus"));
  g_clear_pointer (&reply, g_variant_unref);

  /* Names and descriptions; an unknown id is left out */
  reply = call_provider (bus, "GetResultMetas", g_variant_new ("(^as)", wanted_ids), "(aa{sv})");
  g_variant_get (reply, "(aa{sv})", &metas);
  while ((meta = g_variant_iter_next_value (metas)) != NULL)
    {
      g_autoptr(GVariantDict) dict = g_variant_dict_new (meta);
      const char *id = NULL, *name = NULL, *description = NULL;

      g_assert_true (g_variant_dict_lookup (dict, "id", "&s", &id));
      g_assert_true (g_variant_dict_lookup (dict, "name", "&s", &name));
      g_assert_true (g_variant_dict_lookup (dict, "description", "&s", &description));
      g_assert_true (g_variant_dict_contains (dict, "icon"));
      g_assert_cmpstr (id, ==, "organizations/child-focus");
      g_assert_cmpstr (name, ==, "Child Focus");
      g_assert_true (g_str_has_prefix (description, "Organizations · "));
      /* the part of the item around what was searched last */
      {
        g_autofree char *lower = g_utf8_strdown (description, -1);

        g_test_message ("description: %s", description);
        g_assert_nonnull (strstr (lower, "missing"));
      }
      g_variant_unref (meta);
      n_metas++;
    }
  g_assert_cmpuint (n_metas, ==, 1);
  g_clear_pointer (&reply, g_variant_unref);

  /* Choosing a result opens the window on its section */
  reply = call_provider (bus, "ActivateResult",
                         g_variant_new ("(s^asu)", "legislation/penal-code-372", terms, 0), NULL);
  g_clear_pointer (&reply, g_variant_unref);
  wait.path = keyfile;
  wait.expected = "last-section='legislation'";
  g_assert_true (wait_for (keyfile_contains, &wait));

  /* "Search in the app" opens the window's search */
  reply = call_provider (bus, "LaunchSearch", g_variant_new ("(^asu)", terms, 0), NULL);
  g_clear_pointer (&reply, g_variant_unref);

  quit_app (bus, app);

  remove_config (config, keyfile);
}

/* Without its settings schema (a broken installation) the app runs with
 * its defaults instead of aborting */
static void
test_missing_schema (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) app = NULL;
  const char *binary = g_getenv ("ATLAS_BINARY");

  if (g_getenv ("DISPLAY") == NULL || g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("needs a display and a session bus (make test provides both)");
      return;
    }

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  /* Our schema is only in the build tree, which this hides */
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", "/nonexistent", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");

  app = g_subprocess_launcher_spawn (launcher, &error, binary, "--section", "research", NULL);
  g_assert_no_error (error);
  g_assert_true (wait_for (name_has_owner, bus));

  quit_app (bus, app);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Atlas/Cli/validate-shipped", test_validate_shipped);
  g_test_add_func ("/Atlas/Cli/validate-invalid", test_validate_invalid);
  g_test_add_func ("/Atlas/Cli/validate-unreadable", test_validate_unreadable);
  g_test_add_func ("/Atlas/Cli/validate-usage", test_validate_usage);
  g_test_add_func ("/Atlas/Cli/validate-escapes", test_validate_escapes);
  g_test_add_func ("/Atlas/Cli/version", test_version);
  g_test_add_func ("/Atlas/Cli/unknown-section", test_unknown_section);
  g_test_add_func ("/Atlas/Cli/single-instance", test_single_instance);
  g_test_add_func ("/Atlas/Cli/open-routes", test_open_routes);
  g_test_add_func ("/Atlas/Cli/missing-schema", test_missing_schema);
  g_test_add_func ("/Atlas/Cli/search-provider", test_search_provider);

  return g_test_run ();
}
