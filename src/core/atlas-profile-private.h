/* atlas-profile-private.h: the fields of AtlasProfile, for its loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-note.h"
#include "atlas-profile.h"
#include "atlas-translations.h"

G_BEGIN_DECLS

struct _AtlasProfile
{
  GObject parent_instance;

  int            format_version;
  char          *country_code;
  char          *country_name;
  int            edition_year;
  char          *edition_title;
  char          *edition_publisher;
  char          *edition_note;
  AtlasHelpline *helpline;
  char          *statistics_note;
  char          *law_enforcement_agency;
  char          *law_enforcement_description;
  char          *legislation_intro;

  /* Every text that is translated, with its English; the language of
   * the texts ("en" when they are not translated), and what kept English
   * texts for want of a translation: items of the models, the helpline,
   * and the strings above */
  AtlasTranslations *translations;
  char          *language;
  GHashTable    *untranslated;   /* pointer set */

  /* One model per section, of the item classes */
  GListStore    *statistics;     /* AtlasStatistic */
  GListStore    *education;      /* AtlasInitiative */
  GListStore    *police_units;   /* AtlasPoliceUnit */
  GListStore    *organizations;  /* AtlasOrganization */
  GListStore    *research;       /* AtlasPublication */
  GListStore    *legislation;    /* AtlasLegalItem */
  GListStore    *timeline;       /* AtlasEvent, the source's timeline section */
  GListStore    *events;         /* AtlasEvent, every dated item, by year */

  /* The notes on each section as a whole (of AtlasNote, NULL when it has
   * none); how many notes the profile has in all, and the newest */
  GListModel    *section_notes[ATLAS_N_SECTIONS];
  guint          n_notes;
  AtlasNote     *newest_note;
};

AtlasProfile *atlas_profile_new_empty    (void);
void          atlas_profile_gather_events (AtlasProfile *self);
void          atlas_profile_gather_notes  (AtlasProfile *self);
void          atlas_profile_translate     (AtlasProfile *self);
void          atlas_profile_set_language  (AtlasProfile *self,
                                           const char   *language);
void          atlas_profile_wait_for_cleanup (void);
guint         atlas_profile_get_n_reads   (void);

G_END_DECLS
