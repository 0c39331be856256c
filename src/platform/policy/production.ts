// Class rules for production pipelines (the seeds give them to operational transformations; any
// class may use them):
//   on-call          spec.owner.onCall is set;
//   alerts           spec.alerts has an alert of each listed kind (lag, checkpoint-age, error-rate);
//   production-acls  access to the pipeline's topics is granted explicitly, to named principals:
//                    the pipeline declares at least one ACL; no ACL names a wildcard principal
//                    ('User:*'; topic names cannot be wildcards, the loader takes only names); every
//                    principal matches the policy's `principal` pattern when one is given; and every
//                    output topic is named by some ACL, so whoever writes or reads it does so under a
//                    declared grant;
//   rollback         spec.rollback.enabled is true.
import { contractAt, pipelineAt, type ClassRuleTable, type Finding } from './context.ts';
import { list } from './text.ts';

const WILDCARD_PRINCIPAL = /^[^:]*:\*$/;

export const PRODUCTION_RULES: Pick<ClassRuleTable, 'on-call' | 'alerts' | 'production-acls' | 'rollback'> = {
  'on-call': (p) => {
    if (p.owner.onCall !== undefined) return [];
    return [{
      subject: `pipeline ${p.name}`,
      at: pipelineAt(p, 'owner', 'onCall'),
      message: `pipeline ${p.name}: no on-call is named (spec.owner.onCall); the ${p.class} policy requires an on-call rotation that is paged when the pipeline fails, so set spec.owner.onCall (for example pager:${p.owner.team})`,
    }];
  },
  alerts: (p, kinds) => {
    const missing = kinds.filter((k) => !p.alerts.some((a) => a.kind === k));
    if (missing.length === 0) return [];
    return [{
      subject: `pipeline ${p.name}`,
      at: pipelineAt(p, 'alerts'),
      message: `pipeline ${p.name}: there is no ${list(missing)} alert; the ${p.class} policy requires alerts of kind ${list(kinds)}, so add ${missing.length === 1 ? 'it' : 'them'} under spec.alerts (kind, threshold, for, severity)`,
    }];
  },
  'production-acls': (p, params) => {
    const requires = `the ${p.class} policy requires production ACLs`;
    if (p.acls.length === 0) {
      return [{
        subject: `pipeline ${p.name}`,
        at: pipelineAt(p, 'acls'),
        message: `pipeline ${p.name}: no ACLs are declared (spec.acls); ${requires}, which grant named principals access to the pipeline's topics, so add spec.acls entries (principal, operations, topics)`,
      }];
    }
    const pattern = params.principal === undefined ? undefined : new RegExp(params.principal);
    const out: Finding[] = [];
    p.acls.forEach((acl, i) => {
      if (WILDCARD_PRINCIPAL.test(acl.principal)) {
        out.push({
          subject: `pipeline ${p.name}`,
          at: pipelineAt(p, 'acls', i, 'principal'),
          message: `pipeline ${p.name}: ACL principal ${acl.principal} is a wildcard; ${requires} granted to named principals only, so replace it with the principal that needs the access`,
        });
      } else if (pattern !== undefined && !pattern.test(acl.principal)) {
        out.push({
          subject: `pipeline ${p.name}`,
          at: pipelineAt(p, 'acls', i, 'principal'),
          message: `pipeline ${p.name}: ACL principal ${acl.principal} does not match ${params.principal}; ${requires} granted to service principals matching that pattern, so use such a principal`,
        });
      }
    });
    for (const o of p.outputs) {
      if (p.acls.some((acl) => acl.topics.includes(o.name))) continue;
      out.push({
        subject: `pipeline ${p.name}`,
        at: contractAt(o, 'name'),
        message: `pipeline ${p.name}: output topic ${o.name} is not named by any ACL; ${requires} that cover every output, so grant the principals that write and read ${o.name} access under spec.acls`,
      });
    }
    return out;
  },
  rollback: (p) => {
    if (p.rollback?.enabled === true) return [];
    return [{
      subject: `pipeline ${p.name}`,
      at: pipelineAt(p, 'rollback', 'enabled'),
      message: `pipeline ${p.name}: rollback is not enabled (spec.rollback.enabled); the ${p.class} policy requires a rollback path to the previous version and its savepoint, so set spec.rollback.enabled: true`,
    }];
  },
};
