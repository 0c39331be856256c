// ApiVersions (18), v0-4: the APIs and versions this broker serves — exactly what is registered.
// A request of a version above 4 is answered by the connection with a v0 body and error 35
// (UNSUPPORTED_VERSION), as Kafka does, so the client can retry with a version both know.
// Not implemented: features (KIP-584): none are advertised.
import { registerApi, apiVersionsBody } from '../registry.ts';

registerApi(18, 0, 4, () => apiVersionsBody(0));
