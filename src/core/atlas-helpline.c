/* atlas-helpline.c: a helpline for children
 *
 * Its cost, hours, channels, description, the name of its source and its
 * notes are translated, and notified when a language switch translates
 * them again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-helpline"

#include "config.h"

#include "atlas-helpline.h"
#include "atlas-note.h"

struct _AtlasHelpline
{
  GObject parent_instance;

  char *name;
  char *number;
  char *cost;
  char *hours;
  char **channels;
  char *description;
  char *url;
  AtlasSource *source;
  GListModel *notes;  /* of AtlasNote; NULL when it has none */
};

G_DEFINE_FINAL_TYPE (AtlasHelpline, atlas_helpline, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_NUMBER,
  PROP_COST,
  PROP_HOURS,
  PROP_CHANNELS,
  PROP_DESCRIPTION,
  PROP_URL,
  PROP_SOURCE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_helpline_finalize (GObject *object)
{
  AtlasHelpline *self = ATLAS_HELPLINE (object);

  g_free (self->name);
  g_free (self->number);
  g_free (self->cost);
  g_free (self->hours);
  g_strfreev (self->channels);
  g_free (self->description);
  g_free (self->url);
  g_clear_pointer (&self->source, atlas_source_unref);
  g_clear_object (&self->notes);

  G_OBJECT_CLASS (atlas_helpline_parent_class)->finalize (object);
}

static void
atlas_helpline_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AtlasHelpline *self = ATLAS_HELPLINE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_COST:
      g_value_set_string (value, self->cost);
      break;

    case PROP_HOURS:
      g_value_set_string (value, self->hours);
      break;

    case PROP_CHANNELS:
      g_value_set_boxed (value, self->channels);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_SOURCE:
      g_value_set_boxed (value, self->source);
      break;

    case PROP_NOTES:
      g_value_set_object (value, atlas_helpline_get_notes (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_helpline_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AtlasHelpline *self = ATLAS_HELPLINE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_NUMBER:
      self->number = g_value_dup_string (value);
      break;

    case PROP_COST:
      self->cost = g_value_dup_string (value);
      break;

    case PROP_HOURS:
      self->hours = g_value_dup_string (value);
      break;

    case PROP_CHANNELS:
      self->channels = g_value_dup_boxed (value);
      break;

    case PROP_DESCRIPTION:
      self->description = g_value_dup_string (value);
      break;

    case PROP_URL:
      self->url = g_value_dup_string (value);
      break;

    case PROP_SOURCE:
      self->source = g_value_dup_boxed (value);
      break;

    case PROP_NOTES:
      self->notes = g_value_dup_object (value);
      if (self->notes != NULL && g_list_model_get_n_items (self->notes) == 0)
        g_clear_object (&self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_helpline_class_init (AtlasHelplineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_helpline_finalize;
  object_class->get_property = atlas_helpline_get_property;
  object_class->set_property = atlas_helpline_set_property;

  /**
   * AtlasHelpline:name:
   *
   * Who runs it.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasHelpline:number:
   *
   * The number as dialled.
   */
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasHelpline:cost:
   *
   * What a call costs, or %NULL.
   */
  properties[PROP_COST] =
    g_param_spec_string ("cost", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasHelpline:hours:
   *
   * When it answers, or %NULL.
   */
  properties[PROP_HOURS] =
    g_param_spec_string ("hours", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasHelpline:channels:
   *
   * How to reach it: phone, chat, e-mail.
   */
  properties[PROP_CHANNELS] =
    g_param_spec_boxed ("channels", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasHelpline:description:
   *
   * What it is for.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasHelpline:url:
   *
   * A web address, or %NULL.
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasHelpline:source:
   *
   * Where the facts come from. Notified when a language switch
   * translates its name again.
   */
  properties[PROP_SOURCE] =
    g_param_spec_boxed ("source", NULL, NULL,
                        ATLAS_TYPE_SOURCE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasHelpline:notes:
   *
   * The notes beside the helpline's facts (#AtlasNote): what changed
   * since the edition, what it gets wrong. Empty when it has none.
   */
  properties[PROP_NOTES] =
    g_param_spec_object ("notes", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_helpline_init (AtlasHelpline *self)
{
}

const char *
atlas_helpline_get_name (AtlasHelpline *self)
{
  g_return_val_if_fail (ATLAS_IS_HELPLINE (self), NULL);

  return self->name;
}

const char *
atlas_helpline_get_number (AtlasHelpline *self)
{
  g_return_val_if_fail (ATLAS_IS_HELPLINE (self), NULL);

  return self->number;
}

const char *
atlas_helpline_get_cost (AtlasHelpline *self)
{
  g_return_val_if_fail (ATLAS_IS_HELPLINE (self), NULL);

  return self->cost;
}

const char *
atlas_helpline_get_hours (AtlasHelpline *self)
{
  g_return_val_if_fail (ATLAS_IS_HELPLINE (self), NULL);

  return self->hours;
}

const char * const *
atlas_helpline_get_channels (AtlasHelpline *self)
{
  g_return_val_if_fail (ATLAS_IS_HELPLINE (self), NULL);

  return (const char * const *) self->channels;
}

const char *
atlas_helpline_get_description (AtlasHelpline *self)
{
  g_return_val_if_fail (ATLAS_IS_HELPLINE (self), NULL);

  return self->description;
}

const char *
atlas_helpline_get_url (AtlasHelpline *self)
{
  g_return_val_if_fail (ATLAS_IS_HELPLINE (self), NULL);

  return self->url;
}

AtlasSource *
atlas_helpline_get_source (AtlasHelpline *self)
{
  g_return_val_if_fail (ATLAS_IS_HELPLINE (self), NULL);

  return self->source;
}

/**
 * atlas_helpline_get_notes:
 *
 * Returns: (transfer none): the helpline's notes (#AtlasNote), in the
 *   order of the profile; empty, never %NULL, when it has none
 */
GListModel *
atlas_helpline_get_notes (AtlasHelpline *self)
{
  g_return_val_if_fail (ATLAS_IS_HELPLINE (self), NULL);

  return self->notes != NULL ? self->notes : atlas_notes_get_empty ();
}

/**
 * atlas_helpline_add_translations:
 *
 * Registers the texts of the helpline that are translated: its cost,
 * hours, channels, description, the name of its source and its notes.
 * Its name and number stay as published.
 */
void
atlas_helpline_add_translations (AtlasHelpline     *self,
                                 AtlasTranslations *translations)
{
  GObject *object = G_OBJECT (self);

  g_return_if_fail (ATLAS_IS_HELPLINE (self));

  atlas_translations_add (translations, object, properties[PROP_COST], &self->cost, "helpline cost");
  atlas_translations_add (translations, object, properties[PROP_HOURS], &self->hours, "helpline hours");
  atlas_translations_add_strv (translations, object, properties[PROP_CHANNELS], self->channels,
                               "helpline channel");
  atlas_translations_add (translations, object, properties[PROP_DESCRIPTION], &self->description,
                          "helpline description");
  if (self->source != NULL)
    atlas_translations_add (translations, object, properties[PROP_SOURCE], &self->source->name,
                            "source name");
  if (self->notes != NULL)
    atlas_notes_add_translations (self->notes, translations);
}
