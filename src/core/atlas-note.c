/* atlas-note.c: a dated note beside the edition's text: what changed since, or what the edition gets wrong
 *
 * A profile quotes its edition as published; a note beside an item, the
 * helpline or a section says that the law or fact changed after it (an
 * update, always dated) or that the edition is wrong (a correction,
 * dated when the right fact has a date), with a source anyone can check
 * (docs/profile-format.md, "Notes"). The date is as precise as the
 * profile gives it: a year, a month or a day. The text and the name of
 * the source are translated, and notified when a language switch
 * translates them again (atlas_profile_retranslate()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-note"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-format.h"
#include "atlas-note.h"

struct _AtlasNote
{
  GObject parent_instance;

  AtlasNoteKind  kind;
  int            year;   /* 0 for an undated correction */
  int            month;  /* 1-12, or 0 */
  int            day;    /* 1-31, or 0 */
  char          *text;
  AtlasSource   *source;
};

G_DEFINE_FINAL_TYPE (AtlasNote, atlas_note, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_YEAR,
  PROP_MONTH,
  PROP_DAY,
  PROP_TEXT,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_note_finalize (GObject *object)
{
  AtlasNote *self = ATLAS_NOTE (object);

  g_free (self->text);
  g_clear_pointer (&self->source, atlas_source_unref);

  G_OBJECT_CLASS (atlas_note_parent_class)->finalize (object);
}

static void
atlas_note_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AtlasNote *self = ATLAS_NOTE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_MONTH:
      g_value_set_int (value, self->month);
      break;

    case PROP_DAY:
      g_value_set_int (value, self->day);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_SOURCE:
      g_value_set_boxed (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_note_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AtlasNote *self = ATLAS_NOTE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_YEAR:
      self->year = g_value_get_int (value);
      break;

    case PROP_MONTH:
      self->month = g_value_get_int (value);
      break;

    case PROP_DAY:
      self->day = g_value_get_int (value);
      break;

    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;

    case PROP_SOURCE:
      self->source = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_note_class_init (AtlasNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_note_finalize;
  object_class->get_property = atlas_note_get_property;
  object_class->set_property = atlas_note_set_property;

  /**
   * AtlasNote:kind:
   *
   * An update (the law or fact changed after the edition) or a
   * correction (the edition is wrong).
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       ATLAS_TYPE_NOTE_KIND, ATLAS_NOTE_KIND_UPDATE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                       G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasNote:year:
   *
   * The year of the note's date: when the change took effect, or the
   * date of the right fact; 0 for a correction without a date.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                      G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasNote:month:
   *
   * The month of the date, 1-12, or 0 when the date is a year.
   */
  properties[PROP_MONTH] =
    g_param_spec_int ("month", NULL, NULL,
                      0, 12, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                      G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasNote:day:
   *
   * The day of the month, 1-31, or 0 when the date is a month or a year.
   */
  properties[PROP_DAY] =
    g_param_spec_int ("day", NULL, NULL,
                      0, 31, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                      G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasNote:text:
   *
   * What changed, or what is right, in plain text. Notified when a
   * language switch translates it again.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasNote:source:
   *
   * Where anyone can check the note. Notified when a language switch
   * translates its name again.
   */
  properties[PROP_SOURCE] =
    g_param_spec_boxed ("source", NULL, NULL,
                        ATLAS_TYPE_SOURCE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_note_init (AtlasNote *self)
{
}

/**
 * atlas_note_new:
 * @year: the year of the date, or 0 for a correction without a date
 * @month: 1-12, or 0
 * @day: 1-31, or 0
 * @text: what changed or what is right
 * @source: where to check it
 *
 * The loader checks a note's fields (atlas-profile-parser.c); an update
 * has a date, a day a month, a month a year.
 *
 * Returns: (transfer full): a new note
 */
AtlasNote *
atlas_note_new (AtlasNoteKind  kind,
                int            year,
                int            month,
                int            day,
                const char    *text,
                AtlasSource   *source)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (kind != ATLAS_NOTE_KIND_UPDATE || year > 0, NULL);
  g_return_val_if_fail (month == 0 || year > 0, NULL);
  g_return_val_if_fail (day == 0 || month > 0, NULL);

  return g_object_new (ATLAS_TYPE_NOTE,
                       "kind", kind,
                       "year", year,
                       "month", month,
                       "day", day,
                       "text", text,
                       "source", source,
                       NULL);
}

AtlasNoteKind
atlas_note_get_kind (AtlasNote *self)
{
  g_return_val_if_fail (ATLAS_IS_NOTE (self), ATLAS_NOTE_KIND_UPDATE);

  return self->kind;
}

/**
 * atlas_note_get_year:
 *
 * Returns: the year of the note's date, or 0 when it has none (a
 *   correction only)
 */
int
atlas_note_get_year (AtlasNote *self)
{
  g_return_val_if_fail (ATLAS_IS_NOTE (self), 0);

  return self->year;
}

/**
 * atlas_note_get_month:
 *
 * Returns: the month of the note's date, 1-12, or 0 when the profile
 *   gives none
 */
int
atlas_note_get_month (AtlasNote *self)
{
  g_return_val_if_fail (ATLAS_IS_NOTE (self), 0);

  return self->month;
}

/**
 * atlas_note_get_day:
 *
 * Returns: the day of the note's date, 1-31, or 0 when the profile gives
 *   none
 */
int
atlas_note_get_day (AtlasNote *self)
{
  g_return_val_if_fail (ATLAS_IS_NOTE (self), 0);

  return self->day;
}

/**
 * atlas_note_get_text:
 *
 * Returns: the text, in the language of the profile; a language switch
 *   frees it (read it again on #AtlasNote:text's notify)
 */
const char *
atlas_note_get_text (AtlasNote *self)
{
  g_return_val_if_fail (ATLAS_IS_NOTE (self), NULL);

  return self->text;
}

/**
 * atlas_note_get_source:
 *
 * Returns: (transfer none): the source; its name is in the language of
 *   the profile
 */
AtlasSource *
atlas_note_get_source (AtlasNote *self)
{
  g_return_val_if_fail (ATLAS_IS_NOTE (self), NULL);

  return self->source;
}

/**
 * atlas_note_format_tag:
 *
 * The tag that says at a glance what the note is, beside the edition's
 * text: for an update, the year of the change.
 *
 * Returns: (transfer full): "Changed in 2022" or "Corrected", in the
 *   current translation
 */
char *
atlas_note_format_tag (AtlasNote *self)
{
  g_return_val_if_fail (ATLAS_IS_NOTE (self), NULL);

  if (self->kind == ATLAS_NOTE_KIND_CORRECTION)
    /* TRANSLATORS: the tag of a note that corrects the edition's text */
    return g_strdup (C_("note tag", "Corrected"));

  /* TRANSLATORS: the tag of a note on a law or fact that changed after
   * the edition, with the year of the change: "Changed in 2022" */
  return g_strdup_printf (C_("note tag", "Changed in %d"), self->year);
}

/**
 * atlas_note_format_date:
 *
 * Returns: (transfer full) (nullable): the note's date as precise as the
 *   profile gives it, in the current translation: "1 June 2022",
 *   "August 2012", "2024"; %NULL for a correction without a date
 */
char *
atlas_note_format_date (AtlasNote *self)
{
  g_return_val_if_fail (ATLAS_IS_NOTE (self), NULL);

  if (self->year == 0)
    return NULL;

  return atlas_format_date (self->year, self->month, self->day);
}

/**
 * atlas_note_compare_dates:
 *
 * Compares the dates of two notes. A date is taken as its first day:
 * "2024" comes before "2024-04", which comes before "2024-04-08"; a note
 * without a date before any dated one.
 *
 * Returns: negative, 0 or positive as @a's date is before, the same as or
 *   after @b's
 */
int
atlas_note_compare_dates (AtlasNote *a,
                          AtlasNote *b)
{
  g_return_val_if_fail (ATLAS_IS_NOTE (a), 0);
  g_return_val_if_fail (ATLAS_IS_NOTE (b), 0);

  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;

  return 0;
}

/**
 * atlas_note_add_translations:
 *
 * Registers the note's text (context "note text") and its source's name
 * ("source name") in @translations.
 */
void
atlas_note_add_translations (AtlasNote         *self,
                             AtlasTranslations *translations)
{
  g_return_if_fail (ATLAS_IS_NOTE (self));

  atlas_translations_add (translations, G_OBJECT (self), properties[PROP_TEXT],
                          &self->text, "note text");
  atlas_translations_add (translations, G_OBJECT (self), properties[PROP_SOURCE],
                          &self->source->name, "source name");
}

/**
 * atlas_notes_add_translations:
 * @notes: (element-type AtlasNote): notes of an item, the helpline or a
 *   section
 *
 * Registers the texts of each note of @notes in @translations.
 */
void
atlas_notes_add_translations (GListModel        *notes,
                              AtlasTranslations *translations)
{
  guint n = g_list_model_get_n_items (notes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasNote) note = g_list_model_get_item (notes, i);

      atlas_note_add_translations (note, translations);
    }
}

/**
 * atlas_notes_get_empty:
 *
 * The notes of whatever has none: one empty model for all, so that the
 * hundreds of thousands of publications a profile may hold need no model
 * each.
 *
 * Returns: (transfer none): an empty model of #AtlasNote that never
 *   changes
 */
GListModel *
atlas_notes_get_empty (void)
{
  static GListStore *empty = NULL;

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, g_list_store_new (ATLAS_TYPE_NOTE));

  return G_LIST_MODEL (empty);
}

/**
 * atlas_notes_find_newest:
 * @notes: (element-type AtlasNote): notes
 *
 * Returns: (transfer none) (nullable): the note of @notes with the latest
 *   date (atlas_note_compare_dates()), the first of them when several
 *   share it; a note without a date only when none has one; %NULL when
 *   @notes is empty. @notes keeps it.
 */
AtlasNote *
atlas_notes_find_newest (GListModel *notes)
{
  AtlasNote *newest = NULL;
  guint n = g_list_model_get_n_items (notes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasNote) note = g_list_model_get_item (notes, i);

      if (newest == NULL || atlas_note_compare_dates (note, newest) > 0)
        newest = note;  /* @notes keeps it */
    }

  return newest;
}

/**
 * atlas_notes_have_update:
 * @notes: (element-type AtlasNote): notes
 *
 * Returns: whether one of @notes says that something changed after the
 *   edition (an update, not only corrections)
 */
gboolean
atlas_notes_have_update (GListModel *notes)
{
  guint n = g_list_model_get_n_items (notes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasNote) note = g_list_model_get_item (notes, i);

      if (atlas_note_get_kind (note) == ATLAS_NOTE_KIND_UPDATE)
        return TRUE;
    }

  return FALSE;
}
