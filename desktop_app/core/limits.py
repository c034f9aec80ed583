"""Field limits shared by the tables and the checks that explain them to the user."""

NAME_MAX = 100
TITLE_MAX = 120
POSTCODE_MAX = 10
PHONE_MAX = 40
EMAIL_MAX = 254
NOTES_MAX = 2000
ADDRESS_MAX = 200
VISITOR_NUMBER_LENGTH = 7
URL_MAX = 500
DESCRIPTION_MAX = 4000
# What the slip says of the person: initials ("A. M.") or a first name.
PERSON_LABEL_MAX = 40
PURPOSE_MAX = 200
REFERRAL_CODE_LENGTH = 10
