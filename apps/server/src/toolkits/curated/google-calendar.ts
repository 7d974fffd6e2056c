import { googleAuthorizationParams, googleAuthorizationUrl, googleOAuthNotes, googleTokenUrl } from './gmail.js';
import {
  bool,
  int,
  jsonBody,
  letterLogo,
  oauth2Scheme,
  object,
  ok,
  pathParam,
  queryParam,
  str,
  strings,
} from './openapi-parts.js';
import type { CuratedToolkitSpec, JsonSchemaObject, OpenApiDocument, OpenApiParameter } from './types.js';

/** Google Calendar API v3 (https://developers.google.com/workspace/calendar/api/v3/reference). */

const calendarScope = 'https://www.googleapis.com/auth/calendar';

const calendarId = pathParam(
  'calendarId',
  'Calendar ID: `primary` for the user’s main calendar, or an ID from list-calendars.',
);
const eventId = pathParam('eventId', 'The event ID.');
const sendUpdates = queryParam('sendUpdates', 'Who gets email about the change.', {
  type: 'string',
  enum: ['all', 'externalOnly', 'none'],
  default: 'none',
});
const timeZone = queryParam('timeZone', 'IANA time zone of the response, e.g. `Europe/Paris`.', str('Time zone'));
const rfc3339 = (what: string): JsonSchemaObject =>
  str(`${what} RFC 3339 timestamp with offset, e.g. 2026-05-01T09:00:00+02:00.`, { format: 'date-time' });

const when: JsonSchemaObject = {
  type: 'object',
  description:
    'Timed: `{"dateTime": "2026-05-01T09:00:00+02:00"}` (or a local time plus `timeZone`); all-day: `{"date": "2026-05-01"}`.',
  properties: {
    dateTime: str('RFC 3339 date-time.', { format: 'date-time' }),
    date: str('yyyy-mm-dd for all-day events (end date is exclusive).', { format: 'date' }),
    timeZone: str('IANA time zone, e.g. `America/New_York`.'),
  },
};
const eventFields: Readonly<Record<string, JsonSchemaObject>> = {
  summary: str('Title.'),
  description: str('Description (HTML allowed).'),
  location: str('Free-form location.'),
  start: when,
  end: when,
  attendees: {
    type: 'array',
    description: 'Guests, e.g. `[{"email": "ana@example.com"}]`.',
    items: {
      type: 'object',
      properties: { email: str('Email.'), optional: bool('Optional guest.') },
      required: ['email'],
    },
  },
  recurrence: strings('RRULE/EXDATE lines, e.g. `["RRULE:FREQ=WEEKLY;COUNT=5"]`.'),
  reminders: object('`{"useDefault": false, "overrides": [{"method": "popup", "minutes": 10}]}`.'),
  conferenceData: object(
    '`{"createRequest": {"requestId": "<unique>"}}` with conferenceDataVersion=1 adds a Meet link.',
  ),
  visibility: { type: 'string', enum: ['default', 'public', 'private', 'confidential'], description: 'Visibility.' },
  transparency: { type: 'string', enum: ['opaque', 'transparent'], description: 'transparent = does not block time.' },
  colorId: str('Event color ID (1–11).'),
};
const conferenceVersion = queryParam('conferenceDataVersion', 'Set 1 to create or keep conference (Meet) data.', {
  type: 'integer',
  enum: [0, 1],
});
const paging: OpenApiParameter[] = [
  queryParam('maxResults', 'Maximum results per page.', int('Max results', { maximum: 2500 })),
  queryParam('pageToken', 'The `nextPageToken` of a previous response.', str('Page token')),
];

export const googleCalendarOpenApi: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Google Calendar API (Patchbay curated subset)',
    version: 'v3',
    description: 'Calendars, events and free/busy.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: 'https://www.googleapis.com' }],
  security: [{ oauth: [calendarScope] }],
  tags: [{ name: 'calendar', description: 'Google Calendar.' }],
  paths: {
    '/calendar/v3/users/me/calendarList': {
      get: {
        operationId: 'list-calendars',
        summary: 'List calendars',
        description: 'Calendars in the user’s list, with IDs, names, access role and time zone.',
        tags: ['calendar'],
        parameters: [
          queryParam('minAccessRole', 'Only calendars with at least this role.', {
            type: 'string',
            enum: ['freeBusyReader', 'reader', 'writer', 'owner'],
          }),
          queryParam('showHidden', 'Include hidden calendars.', bool('Show hidden')),
          ...paging,
        ],
        responses: ok('Calendar list entries.'),
      },
    },
    '/calendar/v3/calendars': {
      post: {
        operationId: 'create-calendar',
        summary: 'Create a calendar',
        description: 'Creates a secondary calendar owned by the user.',
        tags: ['calendar'],
        requestBody: jsonBody(
          { summary: str('Title.'), description: str('Description.'), timeZone: str('IANA time zone.') },
          ['summary'],
        ),
        responses: ok('The calendar.'),
      },
    },
    '/calendar/v3/calendars/{calendarId}': {
      get: {
        operationId: 'get-calendar',
        summary: 'Get a calendar',
        description: 'A calendar’s title, description and time zone.',
        tags: ['calendar'],
        parameters: [calendarId],
        responses: ok('The calendar.'),
      },
    },
    '/calendar/v3/calendars/{calendarId}/events': {
      get: {
        operationId: 'list-events',
        summary: 'List events',
        description:
          'Events in a time window. Use `singleEvents=true` with `orderBy=startTime` to expand recurring events in order.',
        tags: ['calendar'],
        parameters: [
          calendarId,
          queryParam('timeMin', 'Events ending after this time.', rfc3339('Lower bound:')),
          queryParam('timeMax', 'Events starting before this time.', rfc3339('Upper bound:')),
          queryParam('q', 'Free-text search in summary, description, location, attendees.', str('Query')),
          queryParam('singleEvents', 'Expand recurring events into instances.', bool('Single events')),
          queryParam('orderBy', '`startTime` needs singleEvents=true.', {
            type: 'string',
            enum: ['startTime', 'updated'],
          }),
          queryParam('showDeleted', 'Include cancelled events.', bool('Show deleted')),
          timeZone,
          ...paging,
        ],
        responses: ok('Events.'),
      },
      post: {
        operationId: 'create-event',
        summary: 'Create an event',
        description: 'Creates an event; `start` and `end` are required.',
        tags: ['calendar'],
        parameters: [calendarId, sendUpdates, conferenceVersion],
        requestBody: jsonBody(eventFields, ['start', 'end']),
        responses: ok('The created event.'),
      },
    },
    '/calendar/v3/calendars/{calendarId}/events/quickAdd': {
      post: {
        operationId: 'quick-add-event',
        summary: 'Quick-add an event from text',
        description: 'Creates an event from a sentence, e.g. `Lunch with Ana tomorrow 12:30-13:30 at Café Bleu`.',
        tags: ['calendar'],
        parameters: [
          calendarId,
          queryParam('text', 'The sentence describing the event.', str('Text'), true),
          sendUpdates,
        ],
        responses: ok('The created event.'),
      },
    },
    '/calendar/v3/calendars/{calendarId}/events/{eventId}': {
      get: {
        operationId: 'get-event',
        summary: 'Get an event',
        description: 'One event with attendees, conferencing and recurrence.',
        tags: ['calendar'],
        parameters: [calendarId, eventId, timeZone],
        responses: ok('The event.'),
      },
      patch: {
        operationId: 'update-event',
        summary: 'Update an event',
        description: 'Changes only the given fields (events.patch); arrays such as `attendees` are replaced whole.',
        tags: ['calendar'],
        parameters: [calendarId, eventId, sendUpdates, conferenceVersion],
        requestBody: jsonBody(eventFields, []),
        responses: ok('The updated event.'),
      },
      delete: {
        operationId: 'delete-event',
        summary: 'Delete an event',
        description: 'Deletes (cancels) an event.',
        tags: ['calendar'],
        parameters: [calendarId, eventId, sendUpdates],
        responses: ok('Deleted (empty response).', '204'),
      },
    },
    '/calendar/v3/calendars/{calendarId}/events/{eventId}/instances': {
      get: {
        operationId: 'list-event-instances',
        summary: 'List instances of a recurring event',
        description: 'The occurrences of a recurring event in a time window.',
        tags: ['calendar'],
        parameters: [
          calendarId,
          eventId,
          queryParam('timeMin', 'Instances ending after this time.', rfc3339('Lower bound:')),
          queryParam('timeMax', 'Instances starting before this time.', rfc3339('Upper bound:')),
          ...paging,
        ],
        responses: ok('Event instances.'),
      },
    },
    '/calendar/v3/freeBusy': {
      post: {
        operationId: 'query-free-busy',
        summary: 'Query free/busy',
        description:
          'Busy intervals of calendars (yours, or colleagues’ by email) in a window, to find a meeting slot.',
        tags: ['calendar'],
        requestBody: jsonBody(
          {
            timeMin: rfc3339('Start:'),
            timeMax: rfc3339('End:'),
            timeZone: str('Time zone of the response (default UTC).'),
            items: {
              type: 'array',
              description: 'Calendars to check: `[{"id": "primary"}, {"id": "ana@example.com"}]`.',
              items: { type: 'object', properties: { id: str('Calendar ID or email.') }, required: ['id'] },
            },
          },
          ['timeMin', 'timeMax', 'items'],
        ),
        responses: ok('Busy intervals per calendar.'),
      },
    },
  },
  components: {
    securitySchemes: {
      oauth: oauth2Scheme('Google OAuth 2.0.', googleAuthorizationUrl, googleTokenUrl, {
        [calendarScope]: 'See, edit, share and delete calendars and events.',
      }),
    },
  },
};

export const googleCalendar = {
  slug: 'google-calendar',
  aliases: ['googlecalendar'],
  name: 'Google Calendar',
  description: 'List calendars, find free time, and create, change or cancel events in Google Calendar.',
  categories: ['productivity'],
  logo: letterLogo('31', '#1a73e8'),
  baseUrl: 'https://www.googleapis.com',
  auth: [
    {
      mode: 'OAUTH2',
      authorizationUrl: googleAuthorizationUrl,
      tokenUrl: googleTokenUrl,
      defaultScopes: [calendarScope],
      scopeSeparator: ' ',
      tokenEndpointAuth: 'client_secret_post',
      authorizationParams: googleAuthorizationParams,
      notes: googleOAuthNotes,
    },
  ],
  headers: {},
  openapi: googleCalendarOpenApi,
} satisfies CuratedToolkitSpec;
