// Every API handler; importing this module registers them all.
import './00-produce.ts';
import './01-fetch.ts';
import './02-list-offsets.ts';
import './18-api-versions.ts';
import './03-metadata.ts';
