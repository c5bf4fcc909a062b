/* atlas-search-provider.c: org.gnome.Shell.SearchProvider2, so that the
 * Activities overview finds the items of the profile
 *
 * GNOME Shell starts the app as a D-Bus service (DBusActivatable) when a
 * user types in the overview, asks for the ids of matching items and their
 * names, and activates the one chosen. The provider searches the profile
 * the window shows or, without a window, the one it would show, with the
 * same index as the search in the window (AtlasSearchIndex). A result id is
 * "SECTION/ID", e.g. "organizations/child-focus".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-search-provider"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "atlas-search-index.h"
#include "atlas-search-provider.h"
#include "atlas-sections.h"
#include "atlas-text.h"
#include "atlas-window.h"

/* GNOME Shell shows a handful; more only costs the bus */
#define MAX_RESULTS 50

struct _AtlasSearchProvider
{
  GObject parent_instance;

  GtkApplication   *application;  /* weak: it owns the provider */
  AtlasContext     *context;
  GDBusConnection  *connection;
  guint             registration;
  AtlasSearchIndex *index;        /* of the profile searched last */
  char             *folded_query;  /* searched last: the results' snippets show it */
};

G_DEFINE_FINAL_TYPE (AtlasSearchProvider, atlas_search_provider, G_TYPE_OBJECT)

static AtlasWindow *
get_window (AtlasSearchProvider *self)
{
  GtkWindow *window = gtk_application_get_active_window (self->application);

  return ATLAS_IS_WINDOW (window) ? ATLAS_WINDOW (window) : NULL;
}

/* The index of the profile to search, made once per profile */
static AtlasSearchIndex *
get_index (AtlasSearchProvider *self)
{
  AtlasWindow *window = get_window (self);
  AtlasProfile *shown = window != NULL ? atlas_window_get_profile (window) : NULL;

  if (shown != NULL)
    {
      if (self->index == NULL || atlas_search_index_get_profile (self->index) != shown)
        {
          g_clear_object (&self->index);
          self->index = atlas_search_index_new (shown);
        }
    }
  else if (self->index == NULL ||
           !g_str_equal (atlas_profile_get_language (atlas_search_index_get_profile (self->index)),
                         atlas_profile_translation_language ()))
    {
      /* None yet, or one in the language before a switch */
      g_clear_object (&self->index);
      /* the profile a new window would show */
      g_autoptr(AtlasProfile) profile = atlas_library_read_default (atlas_context_get_library (self->context));

      if (profile != NULL)
        self->index = atlas_search_index_new (profile);
    }

  return self->index;
}

static GVariant *
search (AtlasSearchProvider *self,
        const char * const  *terms)
{
  AtlasSearchIndex *index = get_index (self);
  g_autofree char *query = g_strjoinv (" ", (char **) terms);
  g_autoptr(GArray) results = NULL;
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));

  g_free (self->folded_query);
  self->folded_query = atlas_text_fold (query);

  if (index != NULL)
    {
      results = atlas_search_index_query (index, query);

      for (guint i = 0; i < MIN (results->len, MAX_RESULTS); i++)
        {
          guint item = g_array_index (results, guint, i);
          g_autofree char *id =
            g_strconcat (atlas_section_get_name (atlas_search_index_get_section (index, item)), "/",
                         atlas_search_index_get_id (index, item), NULL);

          g_variant_builder_add (&builder, "s", id);
        }
    }

  return g_variant_new ("(as)", &builder);
}

/* "organizations/child-focus" → the item's index, or -1 */
static int
lookup (AtlasSearchIndex *index,
        const char       *result_id,
        AtlasSection     *section_out)
{
  const char *slash = strchr (result_id, '/');
  g_autofree char *name = NULL;
  AtlasSection section;

  if (index == NULL || slash == NULL)
    return -1;

  name = g_strndup (result_id, slash - result_id);
  if (!atlas_section_from_name (name, &section))
    return -1;

  if (section_out != NULL)
    *section_out = section;
  return atlas_search_index_lookup (index, section, slash + 1);
}

static GVariant *
get_result_metas (AtlasSearchProvider *self,
                  const char * const  *ids)
{
  AtlasSearchIndex *index = get_index (self);
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autoptr(GVariant) serialized_icon = g_icon_serialize (icon);
  GVariantBuilder metas;

  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      AtlasSection section;
      int item = lookup (index, ids[i], &section);
      g_autofree char *detail = NULL;
      g_autofree char *description = NULL;
      GVariantBuilder meta;

      if (item < 0)
        continue;

      /* the part of the item around the match, as in the window */
      detail = self->folded_query != NULL ? atlas_search_index_get_snippet (index, item, self->folded_query)
                                          : g_strdup (atlas_search_index_get_detail (index, item));
      description = detail != NULL
        ? g_strdup_printf ("%s · %s", atlas_section_get_title (section), detail)
        : g_strdup (atlas_section_get_title (section));

      g_variant_builder_init (&meta, G_VARIANT_TYPE ("a{sv}"));
      g_variant_builder_add (&meta, "{sv}", "id", g_variant_new_string (ids[i]));
      g_variant_builder_add (&meta, "{sv}", "name",
                             g_variant_new_string (atlas_search_index_get_title (index, item)));
      g_variant_builder_add (&meta, "{sv}", "description", g_variant_new_string (description));
      g_variant_builder_add (&meta, "{sv}", "icon", serialized_icon);
      g_variant_builder_add_value (&metas, g_variant_builder_end (&meta));
    }

  return g_variant_new ("(aa{sv})", &metas);
}

typedef struct {
  char *section;
  char *id;
} PendingItem;

static void
pending_item_free (gpointer data)
{
  PendingItem *pending = data;

  g_free (pending->section);
  g_free (pending->id);
  g_free (pending);
}

static void
show_item (AtlasWindow *window,
           const char  *section,
           const char  *id)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-item", "(ss)", section, id);
}

/* A file profile opens in the background: show the item once it is there */
static void
profile_loaded_cb (AtlasWindow *window,
                   GParamSpec  *pspec,
                   PendingItem *pending)
{
  g_signal_handlers_disconnect_by_func (window, profile_loaded_cb, pending);
  show_item (window, pending->section, pending->id);
  pending_item_free (pending);
}

static AtlasWindow *
present_window (AtlasSearchProvider *self,
                guint32              timestamp)
{
  AtlasWindow *window;

  g_application_activate (G_APPLICATION (self->application));
  window = get_window (self);
  if (window != NULL)
    gtk_window_present_with_time (GTK_WINDOW (window), timestamp);

  return window;
}

static void
activate_result (AtlasSearchProvider *self,
                 const char          *result_id,
                 guint32              timestamp)
{
  const char *slash = strchr (result_id, '/');
  AtlasWindow *window;
  PendingItem *pending;

  if (slash == NULL)
    return;

  window = present_window (self, timestamp);
  if (window == NULL)
    return;

  pending = g_new0 (PendingItem, 1);
  pending->section = g_strndup (result_id, slash - result_id);
  pending->id = g_strdup (slash + 1);

  if (atlas_window_is_loading (window))
    g_signal_connect (window, "notify::profile", G_CALLBACK (profile_loaded_cb), pending);
  else
    {
      show_item (window, pending->section, pending->id);
      pending_item_free (pending);
    }
}

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  AtlasSearchProvider *self = user_data;

  /* The app stays up while the Shell asks */
  g_application_hold (G_APPLICATION (self->application));

  if (g_strcmp0 (method_name, "GetInitialResultSet") == 0)
    {
      g_autofree const char **terms = NULL;

      g_variant_get (parameters, "(^a&s)", &terms);
      g_dbus_method_invocation_return_value (invocation, search (self, terms));
    }
  else if (g_strcmp0 (method_name, "GetSubsearchResultSet") == 0)
    {
      g_autofree const char **previous = NULL;
      g_autofree const char **terms = NULL;

      /* The index is fast enough to search again rather than filter */
      g_variant_get (parameters, "(^a&s^a&s)", &previous, &terms);
      g_dbus_method_invocation_return_value (invocation, search (self, terms));
    }
  else if (g_strcmp0 (method_name, "GetResultMetas") == 0)
    {
      g_autofree const char **ids = NULL;

      g_variant_get (parameters, "(^a&s)", &ids);
      g_dbus_method_invocation_return_value (invocation, get_result_metas (self, ids));
    }
  else if (g_strcmp0 (method_name, "ActivateResult") == 0)
    {
      const char *id;
      g_autofree const char **terms = NULL;
      guint32 timestamp;

      g_variant_get (parameters, "(&s^a&su)", &id, &terms, &timestamp);
      activate_result (self, id, timestamp);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_strcmp0 (method_name, "LaunchSearch") == 0)
    {
      g_autofree const char **terms = NULL;
      g_autofree char *query = NULL;
      guint32 timestamp;
      AtlasWindow *window;

      g_variant_get (parameters, "(^a&su)", &terms, &timestamp);
      query = g_strjoinv (" ", (char **) terms);
      window = present_window (self, timestamp);
      if (window != NULL)
        atlas_window_search (window, query);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                           "Unknown method %s", method_name);

  g_application_release (G_APPLICATION (self->application));
}

static const GDBusInterfaceVTable vtable = {
  .method_call = method_call_cb,
};

static void
atlas_search_provider_dispose (GObject *object)
{
  AtlasSearchProvider *self = ATLAS_SEARCH_PROVIDER (object);

  atlas_search_provider_unregister (self);
  g_clear_object (&self->index);
  g_clear_pointer (&self->folded_query, g_free);
  g_clear_object (&self->context);
  g_clear_weak_pointer (&self->application);

  G_OBJECT_CLASS (atlas_search_provider_parent_class)->dispose (object);
}

static void
atlas_search_provider_class_init (AtlasSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = atlas_search_provider_dispose;
}

static void
atlas_search_provider_init (AtlasSearchProvider *self)
{
}

/**
 * atlas_search_provider_new:
 * @application: the application, which owns the provider
 * @context: the app's shared state, whose library says which profile a
 *   new window would show
 *
 * Returns: (transfer full): a provider, not registered yet
 */
AtlasSearchProvider *
atlas_search_provider_new (GtkApplication *application,
                           AtlasContext   *context)
{
  AtlasSearchProvider *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (ATLAS_IS_CONTEXT (context), NULL);

  self = g_object_new (ATLAS_TYPE_SEARCH_PROVIDER, NULL);
  g_set_weak_pointer (&self->application, application);
  self->context = g_object_ref (context);

  return self;
}

/**
 * atlas_search_provider_register:
 * @object_path: where the Shell finds it: the ObjectPath of the
 *   search provider's .ini file
 *
 * Exports the provider on @connection.
 */
gboolean
atlas_search_provider_register (AtlasSearchProvider  *self,
                                GDBusConnection      *connection,
                                const char           *object_path,
                                GError              **error)
{
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GDBusNodeInfo) info = NULL;

  g_return_val_if_fail (ATLAS_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (self->registration == 0, FALSE);

  xml = g_resources_lookup_data (RESOURCE_BASE "/dbus/org.gnome.Shell.SearchProvider2.xml",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (xml == NULL)
    return FALSE;

  info = g_dbus_node_info_new_for_xml (g_bytes_get_data (xml, NULL), error);
  if (info == NULL)
    return FALSE;

  self->registration = g_dbus_connection_register_object (connection, object_path, info->interfaces[0],
                                                          &vtable, self, NULL, error);
  if (self->registration == 0)
    return FALSE;

  g_set_object (&self->connection, connection);
  return TRUE;
}

void
atlas_search_provider_unregister (AtlasSearchProvider *self)
{
  g_return_if_fail (ATLAS_IS_SEARCH_PROVIDER (self));

  if (self->registration != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration);
  self->registration = 0;
  g_clear_object (&self->connection);
}
