/* atlas-application.c: the application: command line, actions, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "atlas-application.h"
#include "atlas-context.h"
#include "atlas-language.h"
#include "atlas-problem.h"
#include "atlas-profile.h"
#include "atlas-search-provider.h"
#include "atlas-sections.h"
#include "atlas-terminal.h"
#include "atlas-window.h"

struct _AtlasApplication
{
  AdwApplication parent_instance;

  /* from --section, for the first window */
  const char *initial_section;
  /* from the command line, for the first window */
  GPtrArray  *pending_files;

  AtlasSearchProvider *search_provider;
  AtlasContext        *context;
};

G_DEFINE_FINAL_TYPE (AtlasApplication, atlas_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Checks each file; prints one line per valid file on stdout, one line per
 * problem on stderr. */
static int
validate_files (const char * const *paths)
{
  int status = ATLAS_EXIT_VALID;

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(AtlasProfile) profile = NULL;
      g_autofree char *name = atlas_terminal_escape (paths[i]);

      profile = atlas_profile_new_from_file (file, NULL, &problems, &error);
      if (profile != NULL)
        {
          guint n_notes = atlas_profile_get_n_notes (profile);
          g_autofree char *country = atlas_terminal_escape (atlas_profile_get_country_name (profile));

          /* TRANSLATORS: --validate output: "be.json: valid profile of
           * Belgium (2016), 15 notes", the notes on what changed since the
           * edition or what it gets wrong */
          g_print (ngettext ("%s: valid profile of %s (%d), %u note\n",
                             "%s: valid profile of %s (%d), %u notes\n", n_notes),
                   name, country, atlas_profile_get_edition_year (profile), n_notes);
          continue;
        }

      status = ATLAS_EXIT_INVALID;

      if (problems == NULL || problems->len == 0)
        {
          g_autofree char *message = atlas_terminal_escape (error->message);

          g_printerr ("%s: %s\n", name, message);
          continue;
        }

      for (guint j = 0; j < problems->len; j++)
        {
          g_autofree char *line = atlas_problem_to_string (g_ptr_array_index (problems, j));
          g_autofree char *escaped = atlas_terminal_escape (line);

          g_printerr ("%s: %s\n", name, escaped);
        }
    }

  return status;
}

static int
atlas_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  AtlasApplication *self = ATLAS_APPLICATION (application);
  g_autofree const char **files = NULL;
  const char *section = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", g_get_prgname (), PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (g_variant_dict_contains (options, "validate"))
    {
      if (files == NULL || files[0] == NULL)
        {
          g_printerr ("%s\n", _("--validate needs at least one file"));
          return ATLAS_EXIT_USAGE;
        }
      return validate_files (files);
    }

  if (g_variant_dict_lookup (options, "section", "&s", &section))
    {
      AtlasSection value;

      if (atlas_section_from_name (section, &value))
        self->initial_section = atlas_section_get_name (value);
    }

  /* A second launch hands the section to the running instance, which
   * presents its window on it */
  if (self->initial_section != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (application, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }

      if (g_application_get_is_remote (application))
        {
          g_action_group_activate_action (G_ACTION_GROUP (application), "show-section",
                                          g_variant_new_string (self->initial_section));
          return EXIT_SUCCESS;
        }
    }

  if (section != NULL && self->initial_section == NULL)
    {
      /* TRANSLATORS: the names after the colon are not translated */
      g_printerr (_("Unknown section “%s”; use one of: overview, education, law-enforcement, "
                    "organizations, research, legislation, timeline\n"), section);
      return ATLAS_EXIT_USAGE;
    }

  if (files != NULL && files[0] != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; files[i] != NULL; i++)
        g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));

      if (!g_application_register (application, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }

      /* A running instance opens them; a new one after its window is up */
      if (g_application_get_is_remote (application))
        {
          g_application_open (application, (GFile **) gfiles->pdata, gfiles->len, "");
          return EXIT_SUCCESS;
        }

      self->pending_files = g_steal_pointer (&gfiles);
    }

  return G_APPLICATION_CLASS (atlas_application_parent_class)->handle_local_options (application, options);
}

/* ATLAS_QUIT_AFTER_FIRST_FRAME=1: quit once the window's first frame is
 * painted (for bench/, which measures start-up) */
static void
first_frame_painted_cb (GdkFrameClock *clock,
                        gpointer       user_data)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, user_data);
  g_application_quit (G_APPLICATION (user_data));
}

static gboolean
first_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  g_signal_connect (clock, "after-paint", G_CALLBACK (first_frame_painted_cb), user_data);
  return G_SOURCE_REMOVE;
}

static void
atlas_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      AtlasApplication *self = ATLAS_APPLICATION (application);
      AtlasLibrary *library = atlas_context_get_library (self->context);
      g_autoptr(AtlasProfile) first_profile = NULL;
      g_autofree char *chosen = NULL;
      const char *first;

      window = GTK_WINDOW (atlas_window_new (ADW_APPLICATION (application), self->context, NULL));

      /* The shipped profiles at once, the others in the background; then
       * the first shipped one, and the profile shown last if it is
       * another. Which one is chosen before either is shown: showing a
       * profile makes it the last. Nothing here is specific to one
       * country. */
      atlas_library_load (library, &first_profile);
      chosen = g_strdup (atlas_library_get_default_uri (library));
      first = atlas_library_get_first_uri (library);
      if (first_profile != NULL)
        atlas_window_show_profile (ATLAS_WINDOW (window), first, first_profile);
      else if (first != NULL)
        /* a window after the first one: the library is read already */
        atlas_window_open_uri (ATLAS_WINDOW (window), first);
      else
        atlas_window_show_toast (ATLAS_WINDOW (window), _("No profile is installed"));

      /* Showing the first one made it the last: the chosen one stays the
       * last while it loads, so that quitting before it is shown does
       * not lose it */
      if (chosen != NULL && g_strcmp0 (chosen, first) != 0 && self->pending_files == NULL)
        {
          atlas_window_open_uri (ATLAS_WINDOW (window), chosen);
          atlas_library_remember (library, chosen);
        }

      /* Shows the section's page, also when a narrow window shows one
       * pane at a time; without --section, the one shown last */
      if (self->initial_section != NULL)
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s",
                                    self->initial_section);
      else
        atlas_window_set_section (ATLAS_WINDOW (window), atlas_context_get_last_section (self->context));
    }

  gtk_window_present (window);

  if (g_strcmp0 (g_getenv ("ATLAS_QUIT_AFTER_FIRST_FRAME"), "1") == 0)
    gtk_widget_add_tick_callback (GTK_WIDGET (window), first_tick_cb, application, NULL);

  if (ATLAS_APPLICATION (application)->pending_files != NULL)
    {
      g_autoptr(GPtrArray) files = g_steal_pointer (&ATLAS_APPLICATION (application)->pending_files);

      for (guint i = 0; i < files->len; i++)
        atlas_window_open_file (ATLAS_WINDOW (window), g_ptr_array_index (files, i));
    }
}

static void
atlas_application_open (GApplication  *application,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  GtkWindow *window;

  g_application_activate (application);
  window = gtk_application_get_active_window (GTK_APPLICATION (application));

  for (int i = 0; i < n_files; i++)
    atlas_window_open_file (ATLAS_WINDOW (window), files[i]);
}

/* What About says of the profile shown: "Profile shown: Belgium, 2016
 * edition. 15 notes on later changes or corrections. Newest note:
 * 8 April 2024." */
static char *
format_profile_currency (AtlasProfile *profile)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_notes = atlas_profile_get_n_notes (profile);
  AtlasNote *newest = atlas_profile_get_newest_note (profile);

  /* TRANSLATORS: in About, the profile of the window: "Profile shown:
   * Belgium, 2016 edition." */
  g_string_append_printf (text, _("Profile shown: %s, %d edition."),
                          atlas_profile_get_country_name (profile),
                          atlas_profile_get_edition_year (profile));

  if (n_notes > 0)
    {
      g_string_append_c (text, ' ');
      /* TRANSLATORS: in About, after "Profile shown: …": the notes beside
       * the edition's text on what changed since or what it gets wrong */
      g_string_append_printf (text, ngettext ("%u note on later changes or corrections.",
                                              "%u notes on later changes or corrections.",
                                              n_notes),
                              n_notes);
    }

  if (newest != NULL)
    {
      g_autofree char *date = atlas_note_format_date (newest);

      g_string_append_c (text, ' ');
      /* TRANSLATORS: in About, the date of the newest note: "Newest note:
       * 8 April 2024." */
      g_string_append_printf (text, _("Newest note: %s."), date);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *application = user_data;
  GtkWindow *window = gtk_application_get_active_window (application);
  static const char *developers[] = { "Online Safety Atlas contributors", NULL };
  AdwAboutWindow *about;
  g_autofree char *sources = NULL;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  adw_about_window_set_application_name (about, _("Online Safety Atlas"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("Online Safety Atlas contributors"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_website (about, "https://github.com/onlinesafetyatlas/atlas");
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about,
                                 _("Country profiles of child online safety for the classroom: "
                                   "statistics, education, law enforcement, organizations, "
                                   "research, legislation and a timeline."));
  /* TRANSLATORS: replace with your names, one per line */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  /* A legal section's text is markup: the translations are plain text
   * ("Global Resource & Information Directory"), so escape them. Unescaped,
   * the bare "&" left the section empty in every language. */
  sources = g_markup_escape_text (_("GRID: Global Resource & Information Directory, Family Online Safety Institute, revised with UNICEF (2016). "
                                    "Statistics: World Bank and ITU, Our World in Data and Gapminder (CC BY 4.0); "
                                    "Facebook figures quoted from Bloovi, Gazet van Antwerpen, De Tijd and socialmediacenter.be. "
                                    "Helpline: EU Better Internet for Kids portal."), -1);
  /* Which edition the profile of the window is, and how current */
  if (ATLAS_IS_WINDOW (window) && atlas_window_get_profile (ATLAS_WINDOW (window)) != NULL)
    {
      AtlasProfile *profile = atlas_window_get_profile (ATLAS_WINDOW (window));
      g_autofree char *currency = format_profile_currency (profile);
      g_autofree char *escaped = g_markup_escape_text (currency, -1);
      char *both = g_strconcat (sources, "\n\n", escaped, NULL);

      g_free (sources);
      sources = both;
    }
  adw_about_window_add_legal_section (about, _("Data sources"), NULL, GTK_LICENSE_CUSTOM, sources);
  gtk_window_set_transient_for (GTK_WINDOW (about), window);
  gtk_window_set_modal (GTK_WINDOW (about), TRUE);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
show_section_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GApplication *application = user_data;
  GtkWindow *window;

  g_application_activate (application);
  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s",
                              g_variant_get_string (parameter, NULL));
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = about_action },
  { .name = "show-section", .activate = show_section_action, .parameter_type = "s" },
  { .name = "quit", .activate = quit_action },
};

/* A window shows its text as it was when it was made: make each window
 * again, on the same profile and in the same state
 * (atlas_window_save_state()). The profiles' texts are translated again
 * in memory (atlas_profile_retranslate()): no file is read, neither the
 * profiles shown nor the switcher's, which are the context's library.
 *
 * Retranslating frees the texts of the old language, which the old
 * windows may still point to: they go first. The application is held
 * meanwhile, so that it does not quit between its last old window and its
 * first new one. */
static void
rebuild_windows (AtlasApplication *self)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) uris = g_ptr_array_new_with_free_func (g_free);

  g_application_hold (G_APPLICATION (self));

  for (GList *l = windows; l != NULL; l = l->next)
    {
      AtlasWindow *old = l->data;

      if (!ATLAS_IS_WINDOW (old) || atlas_window_get_profile (old) == NULL)
        continue;

      g_ptr_array_add (states, atlas_window_save_state (old));
      g_ptr_array_add (profiles, g_object_ref (atlas_window_get_profile (old)));
      g_ptr_array_add (uris, g_strdup (atlas_window_get_profile_uri (old)));
      gtk_window_destroy (GTK_WINDOW (old));
    }

  /* Once each, when windows share one */
  for (guint i = 0; i < profiles->len; i++)
    {
      guint first = i;

      g_ptr_array_find (profiles, profiles->pdata[i], &first);
      if (first == i)
        atlas_profile_retranslate (profiles->pdata[i]);
    }

  for (guint i = 0; i < profiles->len; i++)
    {
      AtlasWindow *window = atlas_window_new (ADW_APPLICATION (self), self->context, NULL);

      atlas_window_show_profile (window, uris->pdata[i], profiles->pdata[i]);
      atlas_window_restore_state (window, states->pdata[i]);
      gtk_window_present (GTK_WINDOW (window));
    }

  g_application_release (G_APPLICATION (self));
}

static void
language_changed_cb (AtlasApplication *self)
{
  atlas_language_set (atlas_context_get_language (self->context));
  rebuild_windows (self);
}

/* Light, dark, or as the desktop prefers; high contrast always follows
 * the desktop */
static void
apply_style (AtlasApplication *self)
{
  const char *style = atlas_context_get_style (self->context);
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (style, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (style, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
atlas_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  AtlasApplication *self = ATLAS_APPLICATION (application);

  G_APPLICATION_CLASS (atlas_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay", shortcuts_accels);

  /* app.style: the menu's Follow System / Light / Dark, app.language and
   * app.classroom-safe: the context's properties */
  {
    static const char * const names[] = { "style", "classroom-safe", "language" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autoptr(GPropertyAction) action = g_property_action_new (names[i], self->context, names[i]);

        g_action_map_add_action (G_ACTION_MAP (application), G_ACTION (action));
      }
  }
  g_signal_connect_object (self->context, "notify::language", G_CALLBACK (language_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::style", G_CALLBACK (apply_style),
                           self, G_CONNECT_SWAPPED);
  apply_style (self);
}

/* The Activities overview's search: on the app's own connection, where
 * data/…search-provider.ini says it is */
static gboolean
atlas_application_dbus_register (GApplication     *application,
                                 GDBusConnection  *connection,
                                 const char       *object_path,
                                 GError          **error)
{
  AtlasApplication *self = ATLAS_APPLICATION (application);
  g_autofree char *path = g_strconcat (object_path, "/SearchProvider", NULL);

  if (!G_APPLICATION_CLASS (atlas_application_parent_class)->dbus_register (application, connection,
                                                                              object_path, error))
    return FALSE;

  self->search_provider = atlas_search_provider_new (GTK_APPLICATION (application), self->context);
  return atlas_search_provider_register (self->search_provider, connection, path, error);
}

static void
atlas_application_dbus_unregister (GApplication    *application,
                                   GDBusConnection *connection,
                                   const char      *object_path)
{
  AtlasApplication *self = ATLAS_APPLICATION (application);

  if (self->search_provider != NULL)
    atlas_search_provider_unregister (self->search_provider);
  g_clear_object (&self->search_provider);

  G_APPLICATION_CLASS (atlas_application_parent_class)->dbus_unregister (application, connection, object_path);
}

static void
atlas_application_finalize (GObject *object)
{
  AtlasApplication *self = ATLAS_APPLICATION (object);

  g_clear_pointer (&self->pending_files, g_ptr_array_unref);
  g_clear_object (&self->search_provider);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (atlas_application_parent_class)->finalize (object);
}

/* The one context of the app, made with it: the language it holds is set
 * before anything is translated */
static void
atlas_application_constructed (GObject *object)
{
  AtlasApplication *self = ATLAS_APPLICATION (object);

  G_OBJECT_CLASS (atlas_application_parent_class)->constructed (object);

  if (self->context == NULL)
    self->context = atlas_context_new ();
  atlas_language_set (atlas_context_get_language (self->context));

  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Country profiles of child online safety."));
  g_application_set_option_context_description (G_APPLICATION (self),
                                                _("Exit status of --validate: 0 when every file is a valid profile, "
                                                  "1 when a file has problems (one line per problem on standard error), "
                                                  "2 when no file was given.\n"));
}

static void
atlas_application_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AtlasApplication *self = ATLAS_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_application_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AtlasApplication *self = ATLAS_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_application_class_init (AtlasApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->constructed = atlas_application_constructed;
  object_class->finalize = atlas_application_finalize;
  object_class->get_property = atlas_application_get_property;
  object_class->set_property = atlas_application_set_property;

  /**
   * AtlasApplication:context:
   *
   * The state the app's windows share; made with the application when
   * none is given.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         ATLAS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  application_class->handle_local_options = atlas_application_handle_local_options;
  application_class->startup = atlas_application_startup;
  application_class->activate = atlas_application_activate;
  application_class->open = atlas_application_open;
  application_class->dbus_register = atlas_application_dbus_register;
  application_class->dbus_unregister = atlas_application_dbus_unregister;
}

static void
atlas_application_init (AtlasApplication *self)
{
  static const GOptionEntry options[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    { "validate", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Check profile files and exit, without opening a window"), NULL },
    { "section", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Open on a section: overview, education, law-enforcement, organizations, research, legislation or timeline"), N_("NAME") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("FILE…") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  /* Started by the Shell to search, it stays a while for the next keys */
  g_application_set_inactivity_timeout (G_APPLICATION (self), 20 * 1000);
}

/**
 * atlas_application_get_context:
 *
 * Returns: (transfer none): the state the app's windows share
 */
AtlasContext *
atlas_application_get_context (AtlasApplication *self)
{
  g_return_val_if_fail (ATLAS_IS_APPLICATION (self), NULL);

  return self->context;
}

AtlasApplication *
atlas_application_new (void)
{
  return g_object_new (ATLAS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
