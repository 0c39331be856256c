// Every API handler; importing this module registers them all.
import './18-api-versions.ts';
import './03-metadata.ts';
