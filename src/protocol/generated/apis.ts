// Generated from the *Request.json and *Response.json definitions by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema } from '../codec.ts';
import { decodeProduceRequest, encodeProduceRequest, ProduceRequestSchema, type ProduceRequest } from './produce-request.ts';
import { decodeProduceResponse, encodeProduceResponse, ProduceResponseSchema, type ProduceResponse } from './produce-response.ts';
import { decodeFetchRequest, encodeFetchRequest, FetchRequestSchema, type FetchRequest } from './fetch-request.ts';
import { decodeFetchResponse, encodeFetchResponse, FetchResponseSchema, type FetchResponse } from './fetch-response.ts';
import { decodeListOffsetsRequest, encodeListOffsetsRequest, ListOffsetsRequestSchema, type ListOffsetsRequest } from './list-offsets-request.ts';
import { decodeListOffsetsResponse, encodeListOffsetsResponse, ListOffsetsResponseSchema, type ListOffsetsResponse } from './list-offsets-response.ts';
import { decodeMetadataRequest, encodeMetadataRequest, MetadataRequestSchema, type MetadataRequest } from './metadata-request.ts';
import { decodeMetadataResponse, encodeMetadataResponse, MetadataResponseSchema, type MetadataResponse } from './metadata-response.ts';
import { decodeLeaderAndIsrRequest, encodeLeaderAndIsrRequest, LeaderAndIsrRequestSchema, type LeaderAndIsrRequest } from './leader-and-isr-request.ts';
import { decodeLeaderAndIsrResponse, encodeLeaderAndIsrResponse, LeaderAndIsrResponseSchema, type LeaderAndIsrResponse } from './leader-and-isr-response.ts';
import { decodeStopReplicaRequest, encodeStopReplicaRequest, StopReplicaRequestSchema, type StopReplicaRequest } from './stop-replica-request.ts';
import { decodeStopReplicaResponse, encodeStopReplicaResponse, StopReplicaResponseSchema, type StopReplicaResponse } from './stop-replica-response.ts';
import { decodeUpdateMetadataRequest, encodeUpdateMetadataRequest, UpdateMetadataRequestSchema, type UpdateMetadataRequest } from './update-metadata-request.ts';
import { decodeUpdateMetadataResponse, encodeUpdateMetadataResponse, UpdateMetadataResponseSchema, type UpdateMetadataResponse } from './update-metadata-response.ts';
import { decodeControlledShutdownRequest, encodeControlledShutdownRequest, ControlledShutdownRequestSchema, type ControlledShutdownRequest } from './controlled-shutdown-request.ts';
import { decodeControlledShutdownResponse, encodeControlledShutdownResponse, ControlledShutdownResponseSchema, type ControlledShutdownResponse } from './controlled-shutdown-response.ts';
import { decodeOffsetCommitRequest, encodeOffsetCommitRequest, OffsetCommitRequestSchema, type OffsetCommitRequest } from './offset-commit-request.ts';
import { decodeOffsetCommitResponse, encodeOffsetCommitResponse, OffsetCommitResponseSchema, type OffsetCommitResponse } from './offset-commit-response.ts';
import { decodeOffsetFetchRequest, encodeOffsetFetchRequest, OffsetFetchRequestSchema, type OffsetFetchRequest } from './offset-fetch-request.ts';
import { decodeOffsetFetchResponse, encodeOffsetFetchResponse, OffsetFetchResponseSchema, type OffsetFetchResponse } from './offset-fetch-response.ts';
import { decodeFindCoordinatorRequest, encodeFindCoordinatorRequest, FindCoordinatorRequestSchema, type FindCoordinatorRequest } from './find-coordinator-request.ts';
import { decodeFindCoordinatorResponse, encodeFindCoordinatorResponse, FindCoordinatorResponseSchema, type FindCoordinatorResponse } from './find-coordinator-response.ts';
import { decodeJoinGroupRequest, encodeJoinGroupRequest, JoinGroupRequestSchema, type JoinGroupRequest } from './join-group-request.ts';
import { decodeJoinGroupResponse, encodeJoinGroupResponse, JoinGroupResponseSchema, type JoinGroupResponse } from './join-group-response.ts';
import { decodeHeartbeatRequest, encodeHeartbeatRequest, HeartbeatRequestSchema, type HeartbeatRequest } from './heartbeat-request.ts';
import { decodeHeartbeatResponse, encodeHeartbeatResponse, HeartbeatResponseSchema, type HeartbeatResponse } from './heartbeat-response.ts';
import { decodeLeaveGroupRequest, encodeLeaveGroupRequest, LeaveGroupRequestSchema, type LeaveGroupRequest } from './leave-group-request.ts';
import { decodeLeaveGroupResponse, encodeLeaveGroupResponse, LeaveGroupResponseSchema, type LeaveGroupResponse } from './leave-group-response.ts';
import { decodeSyncGroupRequest, encodeSyncGroupRequest, SyncGroupRequestSchema, type SyncGroupRequest } from './sync-group-request.ts';
import { decodeSyncGroupResponse, encodeSyncGroupResponse, SyncGroupResponseSchema, type SyncGroupResponse } from './sync-group-response.ts';
import { decodeDescribeGroupsRequest, encodeDescribeGroupsRequest, DescribeGroupsRequestSchema, type DescribeGroupsRequest } from './describe-groups-request.ts';
import { decodeDescribeGroupsResponse, encodeDescribeGroupsResponse, DescribeGroupsResponseSchema, type DescribeGroupsResponse } from './describe-groups-response.ts';
import { decodeListGroupsRequest, encodeListGroupsRequest, ListGroupsRequestSchema, type ListGroupsRequest } from './list-groups-request.ts';
import { decodeListGroupsResponse, encodeListGroupsResponse, ListGroupsResponseSchema, type ListGroupsResponse } from './list-groups-response.ts';
import { decodeSaslHandshakeRequest, encodeSaslHandshakeRequest, SaslHandshakeRequestSchema, type SaslHandshakeRequest } from './sasl-handshake-request.ts';
import { decodeSaslHandshakeResponse, encodeSaslHandshakeResponse, SaslHandshakeResponseSchema, type SaslHandshakeResponse } from './sasl-handshake-response.ts';
import { decodeApiVersionsRequest, encodeApiVersionsRequest, ApiVersionsRequestSchema, type ApiVersionsRequest } from './api-versions-request.ts';
import { decodeApiVersionsResponse, encodeApiVersionsResponse, ApiVersionsResponseSchema, type ApiVersionsResponse } from './api-versions-response.ts';
import { decodeCreateTopicsRequest, encodeCreateTopicsRequest, CreateTopicsRequestSchema, type CreateTopicsRequest } from './create-topics-request.ts';
import { decodeCreateTopicsResponse, encodeCreateTopicsResponse, CreateTopicsResponseSchema, type CreateTopicsResponse } from './create-topics-response.ts';
import { decodeDeleteTopicsRequest, encodeDeleteTopicsRequest, DeleteTopicsRequestSchema, type DeleteTopicsRequest } from './delete-topics-request.ts';
import { decodeDeleteTopicsResponse, encodeDeleteTopicsResponse, DeleteTopicsResponseSchema, type DeleteTopicsResponse } from './delete-topics-response.ts';
import { decodeDeleteRecordsRequest, encodeDeleteRecordsRequest, DeleteRecordsRequestSchema, type DeleteRecordsRequest } from './delete-records-request.ts';
import { decodeDeleteRecordsResponse, encodeDeleteRecordsResponse, DeleteRecordsResponseSchema, type DeleteRecordsResponse } from './delete-records-response.ts';
import { decodeInitProducerIdRequest, encodeInitProducerIdRequest, InitProducerIdRequestSchema, type InitProducerIdRequest } from './init-producer-id-request.ts';
import { decodeInitProducerIdResponse, encodeInitProducerIdResponse, InitProducerIdResponseSchema, type InitProducerIdResponse } from './init-producer-id-response.ts';
import { decodeOffsetForLeaderEpochRequest, encodeOffsetForLeaderEpochRequest, OffsetForLeaderEpochRequestSchema, type OffsetForLeaderEpochRequest } from './offset-for-leader-epoch-request.ts';
import { decodeOffsetForLeaderEpochResponse, encodeOffsetForLeaderEpochResponse, OffsetForLeaderEpochResponseSchema, type OffsetForLeaderEpochResponse } from './offset-for-leader-epoch-response.ts';
import { decodeAddPartitionsToTxnRequest, encodeAddPartitionsToTxnRequest, AddPartitionsToTxnRequestSchema, type AddPartitionsToTxnRequest } from './add-partitions-to-txn-request.ts';
import { decodeAddPartitionsToTxnResponse, encodeAddPartitionsToTxnResponse, AddPartitionsToTxnResponseSchema, type AddPartitionsToTxnResponse } from './add-partitions-to-txn-response.ts';
import { decodeAddOffsetsToTxnRequest, encodeAddOffsetsToTxnRequest, AddOffsetsToTxnRequestSchema, type AddOffsetsToTxnRequest } from './add-offsets-to-txn-request.ts';
import { decodeAddOffsetsToTxnResponse, encodeAddOffsetsToTxnResponse, AddOffsetsToTxnResponseSchema, type AddOffsetsToTxnResponse } from './add-offsets-to-txn-response.ts';
import { decodeEndTxnRequest, encodeEndTxnRequest, EndTxnRequestSchema, type EndTxnRequest } from './end-txn-request.ts';
import { decodeEndTxnResponse, encodeEndTxnResponse, EndTxnResponseSchema, type EndTxnResponse } from './end-txn-response.ts';
import { decodeWriteTxnMarkersRequest, encodeWriteTxnMarkersRequest, WriteTxnMarkersRequestSchema, type WriteTxnMarkersRequest } from './write-txn-markers-request.ts';
import { decodeWriteTxnMarkersResponse, encodeWriteTxnMarkersResponse, WriteTxnMarkersResponseSchema, type WriteTxnMarkersResponse } from './write-txn-markers-response.ts';
import { decodeTxnOffsetCommitRequest, encodeTxnOffsetCommitRequest, TxnOffsetCommitRequestSchema, type TxnOffsetCommitRequest } from './txn-offset-commit-request.ts';
import { decodeTxnOffsetCommitResponse, encodeTxnOffsetCommitResponse, TxnOffsetCommitResponseSchema, type TxnOffsetCommitResponse } from './txn-offset-commit-response.ts';
import { decodeDescribeAclsRequest, encodeDescribeAclsRequest, DescribeAclsRequestSchema, type DescribeAclsRequest } from './describe-acls-request.ts';
import { decodeDescribeAclsResponse, encodeDescribeAclsResponse, DescribeAclsResponseSchema, type DescribeAclsResponse } from './describe-acls-response.ts';
import { decodeCreateAclsRequest, encodeCreateAclsRequest, CreateAclsRequestSchema, type CreateAclsRequest } from './create-acls-request.ts';
import { decodeCreateAclsResponse, encodeCreateAclsResponse, CreateAclsResponseSchema, type CreateAclsResponse } from './create-acls-response.ts';
import { decodeDeleteAclsRequest, encodeDeleteAclsRequest, DeleteAclsRequestSchema, type DeleteAclsRequest } from './delete-acls-request.ts';
import { decodeDeleteAclsResponse, encodeDeleteAclsResponse, DeleteAclsResponseSchema, type DeleteAclsResponse } from './delete-acls-response.ts';
import { decodeDescribeConfigsRequest, encodeDescribeConfigsRequest, DescribeConfigsRequestSchema, type DescribeConfigsRequest } from './describe-configs-request.ts';
import { decodeDescribeConfigsResponse, encodeDescribeConfigsResponse, DescribeConfigsResponseSchema, type DescribeConfigsResponse } from './describe-configs-response.ts';
import { decodeAlterConfigsRequest, encodeAlterConfigsRequest, AlterConfigsRequestSchema, type AlterConfigsRequest } from './alter-configs-request.ts';
import { decodeAlterConfigsResponse, encodeAlterConfigsResponse, AlterConfigsResponseSchema, type AlterConfigsResponse } from './alter-configs-response.ts';
import { decodeAlterReplicaLogDirsRequest, encodeAlterReplicaLogDirsRequest, AlterReplicaLogDirsRequestSchema, type AlterReplicaLogDirsRequest } from './alter-replica-log-dirs-request.ts';
import { decodeAlterReplicaLogDirsResponse, encodeAlterReplicaLogDirsResponse, AlterReplicaLogDirsResponseSchema, type AlterReplicaLogDirsResponse } from './alter-replica-log-dirs-response.ts';
import { decodeDescribeLogDirsRequest, encodeDescribeLogDirsRequest, DescribeLogDirsRequestSchema, type DescribeLogDirsRequest } from './describe-log-dirs-request.ts';
import { decodeDescribeLogDirsResponse, encodeDescribeLogDirsResponse, DescribeLogDirsResponseSchema, type DescribeLogDirsResponse } from './describe-log-dirs-response.ts';
import { decodeSaslAuthenticateRequest, encodeSaslAuthenticateRequest, SaslAuthenticateRequestSchema, type SaslAuthenticateRequest } from './sasl-authenticate-request.ts';
import { decodeSaslAuthenticateResponse, encodeSaslAuthenticateResponse, SaslAuthenticateResponseSchema, type SaslAuthenticateResponse } from './sasl-authenticate-response.ts';
import { decodeCreatePartitionsRequest, encodeCreatePartitionsRequest, CreatePartitionsRequestSchema, type CreatePartitionsRequest } from './create-partitions-request.ts';
import { decodeCreatePartitionsResponse, encodeCreatePartitionsResponse, CreatePartitionsResponseSchema, type CreatePartitionsResponse } from './create-partitions-response.ts';
import { decodeCreateDelegationTokenRequest, encodeCreateDelegationTokenRequest, CreateDelegationTokenRequestSchema, type CreateDelegationTokenRequest } from './create-delegation-token-request.ts';
import { decodeCreateDelegationTokenResponse, encodeCreateDelegationTokenResponse, CreateDelegationTokenResponseSchema, type CreateDelegationTokenResponse } from './create-delegation-token-response.ts';
import { decodeRenewDelegationTokenRequest, encodeRenewDelegationTokenRequest, RenewDelegationTokenRequestSchema, type RenewDelegationTokenRequest } from './renew-delegation-token-request.ts';
import { decodeRenewDelegationTokenResponse, encodeRenewDelegationTokenResponse, RenewDelegationTokenResponseSchema, type RenewDelegationTokenResponse } from './renew-delegation-token-response.ts';
import { decodeExpireDelegationTokenRequest, encodeExpireDelegationTokenRequest, ExpireDelegationTokenRequestSchema, type ExpireDelegationTokenRequest } from './expire-delegation-token-request.ts';
import { decodeExpireDelegationTokenResponse, encodeExpireDelegationTokenResponse, ExpireDelegationTokenResponseSchema, type ExpireDelegationTokenResponse } from './expire-delegation-token-response.ts';
import { decodeDescribeDelegationTokenRequest, encodeDescribeDelegationTokenRequest, DescribeDelegationTokenRequestSchema, type DescribeDelegationTokenRequest } from './describe-delegation-token-request.ts';
import { decodeDescribeDelegationTokenResponse, encodeDescribeDelegationTokenResponse, DescribeDelegationTokenResponseSchema, type DescribeDelegationTokenResponse } from './describe-delegation-token-response.ts';
import { decodeDeleteGroupsRequest, encodeDeleteGroupsRequest, DeleteGroupsRequestSchema, type DeleteGroupsRequest } from './delete-groups-request.ts';
import { decodeDeleteGroupsResponse, encodeDeleteGroupsResponse, DeleteGroupsResponseSchema, type DeleteGroupsResponse } from './delete-groups-response.ts';
import { decodeElectLeadersRequest, encodeElectLeadersRequest, ElectLeadersRequestSchema, type ElectLeadersRequest } from './elect-leaders-request.ts';
import { decodeElectLeadersResponse, encodeElectLeadersResponse, ElectLeadersResponseSchema, type ElectLeadersResponse } from './elect-leaders-response.ts';
import { decodeIncrementalAlterConfigsRequest, encodeIncrementalAlterConfigsRequest, IncrementalAlterConfigsRequestSchema, type IncrementalAlterConfigsRequest } from './incremental-alter-configs-request.ts';
import { decodeIncrementalAlterConfigsResponse, encodeIncrementalAlterConfigsResponse, IncrementalAlterConfigsResponseSchema, type IncrementalAlterConfigsResponse } from './incremental-alter-configs-response.ts';
import { decodeAlterPartitionReassignmentsRequest, encodeAlterPartitionReassignmentsRequest, AlterPartitionReassignmentsRequestSchema, type AlterPartitionReassignmentsRequest } from './alter-partition-reassignments-request.ts';
import { decodeAlterPartitionReassignmentsResponse, encodeAlterPartitionReassignmentsResponse, AlterPartitionReassignmentsResponseSchema, type AlterPartitionReassignmentsResponse } from './alter-partition-reassignments-response.ts';
import { decodeListPartitionReassignmentsRequest, encodeListPartitionReassignmentsRequest, ListPartitionReassignmentsRequestSchema, type ListPartitionReassignmentsRequest } from './list-partition-reassignments-request.ts';
import { decodeListPartitionReassignmentsResponse, encodeListPartitionReassignmentsResponse, ListPartitionReassignmentsResponseSchema, type ListPartitionReassignmentsResponse } from './list-partition-reassignments-response.ts';
import { decodeOffsetDeleteRequest, encodeOffsetDeleteRequest, OffsetDeleteRequestSchema, type OffsetDeleteRequest } from './offset-delete-request.ts';
import { decodeOffsetDeleteResponse, encodeOffsetDeleteResponse, OffsetDeleteResponseSchema, type OffsetDeleteResponse } from './offset-delete-response.ts';
import { decodeDescribeClientQuotasRequest, encodeDescribeClientQuotasRequest, DescribeClientQuotasRequestSchema, type DescribeClientQuotasRequest } from './describe-client-quotas-request.ts';
import { decodeDescribeClientQuotasResponse, encodeDescribeClientQuotasResponse, DescribeClientQuotasResponseSchema, type DescribeClientQuotasResponse } from './describe-client-quotas-response.ts';
import { decodeAlterClientQuotasRequest, encodeAlterClientQuotasRequest, AlterClientQuotasRequestSchema, type AlterClientQuotasRequest } from './alter-client-quotas-request.ts';
import { decodeAlterClientQuotasResponse, encodeAlterClientQuotasResponse, AlterClientQuotasResponseSchema, type AlterClientQuotasResponse } from './alter-client-quotas-response.ts';
import { decodeDescribeUserScramCredentialsRequest, encodeDescribeUserScramCredentialsRequest, DescribeUserScramCredentialsRequestSchema, type DescribeUserScramCredentialsRequest } from './describe-user-scram-credentials-request.ts';
import { decodeDescribeUserScramCredentialsResponse, encodeDescribeUserScramCredentialsResponse, DescribeUserScramCredentialsResponseSchema, type DescribeUserScramCredentialsResponse } from './describe-user-scram-credentials-response.ts';
import { decodeAlterUserScramCredentialsRequest, encodeAlterUserScramCredentialsRequest, AlterUserScramCredentialsRequestSchema, type AlterUserScramCredentialsRequest } from './alter-user-scram-credentials-request.ts';
import { decodeAlterUserScramCredentialsResponse, encodeAlterUserScramCredentialsResponse, AlterUserScramCredentialsResponseSchema, type AlterUserScramCredentialsResponse } from './alter-user-scram-credentials-response.ts';
import { decodeVoteRequest, encodeVoteRequest, VoteRequestSchema, type VoteRequest } from './vote-request.ts';
import { decodeVoteResponse, encodeVoteResponse, VoteResponseSchema, type VoteResponse } from './vote-response.ts';
import { decodeBeginQuorumEpochRequest, encodeBeginQuorumEpochRequest, BeginQuorumEpochRequestSchema, type BeginQuorumEpochRequest } from './begin-quorum-epoch-request.ts';
import { decodeBeginQuorumEpochResponse, encodeBeginQuorumEpochResponse, BeginQuorumEpochResponseSchema, type BeginQuorumEpochResponse } from './begin-quorum-epoch-response.ts';
import { decodeEndQuorumEpochRequest, encodeEndQuorumEpochRequest, EndQuorumEpochRequestSchema, type EndQuorumEpochRequest } from './end-quorum-epoch-request.ts';
import { decodeEndQuorumEpochResponse, encodeEndQuorumEpochResponse, EndQuorumEpochResponseSchema, type EndQuorumEpochResponse } from './end-quorum-epoch-response.ts';
import { decodeDescribeQuorumRequest, encodeDescribeQuorumRequest, DescribeQuorumRequestSchema, type DescribeQuorumRequest } from './describe-quorum-request.ts';
import { decodeDescribeQuorumResponse, encodeDescribeQuorumResponse, DescribeQuorumResponseSchema, type DescribeQuorumResponse } from './describe-quorum-response.ts';
import { decodeAlterPartitionRequest, encodeAlterPartitionRequest, AlterPartitionRequestSchema, type AlterPartitionRequest } from './alter-partition-request.ts';
import { decodeAlterPartitionResponse, encodeAlterPartitionResponse, AlterPartitionResponseSchema, type AlterPartitionResponse } from './alter-partition-response.ts';
import { decodeUpdateFeaturesRequest, encodeUpdateFeaturesRequest, UpdateFeaturesRequestSchema, type UpdateFeaturesRequest } from './update-features-request.ts';
import { decodeUpdateFeaturesResponse, encodeUpdateFeaturesResponse, UpdateFeaturesResponseSchema, type UpdateFeaturesResponse } from './update-features-response.ts';
import { decodeEnvelopeRequest, encodeEnvelopeRequest, EnvelopeRequestSchema, type EnvelopeRequest } from './envelope-request.ts';
import { decodeEnvelopeResponse, encodeEnvelopeResponse, EnvelopeResponseSchema, type EnvelopeResponse } from './envelope-response.ts';
import { decodeFetchSnapshotRequest, encodeFetchSnapshotRequest, FetchSnapshotRequestSchema, type FetchSnapshotRequest } from './fetch-snapshot-request.ts';
import { decodeFetchSnapshotResponse, encodeFetchSnapshotResponse, FetchSnapshotResponseSchema, type FetchSnapshotResponse } from './fetch-snapshot-response.ts';
import { decodeDescribeClusterRequest, encodeDescribeClusterRequest, DescribeClusterRequestSchema, type DescribeClusterRequest } from './describe-cluster-request.ts';
import { decodeDescribeClusterResponse, encodeDescribeClusterResponse, DescribeClusterResponseSchema, type DescribeClusterResponse } from './describe-cluster-response.ts';
import { decodeDescribeProducersRequest, encodeDescribeProducersRequest, DescribeProducersRequestSchema, type DescribeProducersRequest } from './describe-producers-request.ts';
import { decodeDescribeProducersResponse, encodeDescribeProducersResponse, DescribeProducersResponseSchema, type DescribeProducersResponse } from './describe-producers-response.ts';
import { decodeBrokerRegistrationRequest, encodeBrokerRegistrationRequest, BrokerRegistrationRequestSchema, type BrokerRegistrationRequest } from './broker-registration-request.ts';
import { decodeBrokerRegistrationResponse, encodeBrokerRegistrationResponse, BrokerRegistrationResponseSchema, type BrokerRegistrationResponse } from './broker-registration-response.ts';
import { decodeBrokerHeartbeatRequest, encodeBrokerHeartbeatRequest, BrokerHeartbeatRequestSchema, type BrokerHeartbeatRequest } from './broker-heartbeat-request.ts';
import { decodeBrokerHeartbeatResponse, encodeBrokerHeartbeatResponse, BrokerHeartbeatResponseSchema, type BrokerHeartbeatResponse } from './broker-heartbeat-response.ts';
import { decodeUnregisterBrokerRequest, encodeUnregisterBrokerRequest, UnregisterBrokerRequestSchema, type UnregisterBrokerRequest } from './unregister-broker-request.ts';
import { decodeUnregisterBrokerResponse, encodeUnregisterBrokerResponse, UnregisterBrokerResponseSchema, type UnregisterBrokerResponse } from './unregister-broker-response.ts';
import { decodeDescribeTransactionsRequest, encodeDescribeTransactionsRequest, DescribeTransactionsRequestSchema, type DescribeTransactionsRequest } from './describe-transactions-request.ts';
import { decodeDescribeTransactionsResponse, encodeDescribeTransactionsResponse, DescribeTransactionsResponseSchema, type DescribeTransactionsResponse } from './describe-transactions-response.ts';
import { decodeListTransactionsRequest, encodeListTransactionsRequest, ListTransactionsRequestSchema, type ListTransactionsRequest } from './list-transactions-request.ts';
import { decodeListTransactionsResponse, encodeListTransactionsResponse, ListTransactionsResponseSchema, type ListTransactionsResponse } from './list-transactions-response.ts';
import { decodeAllocateProducerIdsRequest, encodeAllocateProducerIdsRequest, AllocateProducerIdsRequestSchema, type AllocateProducerIdsRequest } from './allocate-producer-ids-request.ts';
import { decodeAllocateProducerIdsResponse, encodeAllocateProducerIdsResponse, AllocateProducerIdsResponseSchema, type AllocateProducerIdsResponse } from './allocate-producer-ids-response.ts';
import { decodeConsumerGroupHeartbeatRequest, encodeConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatRequestSchema, type ConsumerGroupHeartbeatRequest } from './consumer-group-heartbeat-request.ts';
import { decodeConsumerGroupHeartbeatResponse, encodeConsumerGroupHeartbeatResponse, ConsumerGroupHeartbeatResponseSchema, type ConsumerGroupHeartbeatResponse } from './consumer-group-heartbeat-response.ts';
import { decodeConsumerGroupDescribeRequest, encodeConsumerGroupDescribeRequest, ConsumerGroupDescribeRequestSchema, type ConsumerGroupDescribeRequest } from './consumer-group-describe-request.ts';
import { decodeConsumerGroupDescribeResponse, encodeConsumerGroupDescribeResponse, ConsumerGroupDescribeResponseSchema, type ConsumerGroupDescribeResponse } from './consumer-group-describe-response.ts';
import { decodeControllerRegistrationRequest, encodeControllerRegistrationRequest, ControllerRegistrationRequestSchema, type ControllerRegistrationRequest } from './controller-registration-request.ts';
import { decodeControllerRegistrationResponse, encodeControllerRegistrationResponse, ControllerRegistrationResponseSchema, type ControllerRegistrationResponse } from './controller-registration-response.ts';
import { decodeGetTelemetrySubscriptionsRequest, encodeGetTelemetrySubscriptionsRequest, GetTelemetrySubscriptionsRequestSchema, type GetTelemetrySubscriptionsRequest } from './get-telemetry-subscriptions-request.ts';
import { decodeGetTelemetrySubscriptionsResponse, encodeGetTelemetrySubscriptionsResponse, GetTelemetrySubscriptionsResponseSchema, type GetTelemetrySubscriptionsResponse } from './get-telemetry-subscriptions-response.ts';
import { decodePushTelemetryRequest, encodePushTelemetryRequest, PushTelemetryRequestSchema, type PushTelemetryRequest } from './push-telemetry-request.ts';
import { decodePushTelemetryResponse, encodePushTelemetryResponse, PushTelemetryResponseSchema, type PushTelemetryResponse } from './push-telemetry-response.ts';
import { decodeAssignReplicasToDirsRequest, encodeAssignReplicasToDirsRequest, AssignReplicasToDirsRequestSchema, type AssignReplicasToDirsRequest } from './assign-replicas-to-dirs-request.ts';
import { decodeAssignReplicasToDirsResponse, encodeAssignReplicasToDirsResponse, AssignReplicasToDirsResponseSchema, type AssignReplicasToDirsResponse } from './assign-replicas-to-dirs-response.ts';
import { decodeListClientMetricsResourcesRequest, encodeListClientMetricsResourcesRequest, ListClientMetricsResourcesRequestSchema, type ListClientMetricsResourcesRequest } from './list-client-metrics-resources-request.ts';
import { decodeListClientMetricsResourcesResponse, encodeListClientMetricsResourcesResponse, ListClientMetricsResourcesResponseSchema, type ListClientMetricsResourcesResponse } from './list-client-metrics-resources-response.ts';
import { decodeDescribeTopicPartitionsRequest, encodeDescribeTopicPartitionsRequest, DescribeTopicPartitionsRequestSchema, type DescribeTopicPartitionsRequest } from './describe-topic-partitions-request.ts';
import { decodeDescribeTopicPartitionsResponse, encodeDescribeTopicPartitionsResponse, DescribeTopicPartitionsResponseSchema, type DescribeTopicPartitionsResponse } from './describe-topic-partitions-response.ts';
import { decodeShareGroupHeartbeatRequest, encodeShareGroupHeartbeatRequest, ShareGroupHeartbeatRequestSchema, type ShareGroupHeartbeatRequest } from './share-group-heartbeat-request.ts';
import { decodeShareGroupHeartbeatResponse, encodeShareGroupHeartbeatResponse, ShareGroupHeartbeatResponseSchema, type ShareGroupHeartbeatResponse } from './share-group-heartbeat-response.ts';
import { decodeShareGroupDescribeRequest, encodeShareGroupDescribeRequest, ShareGroupDescribeRequestSchema, type ShareGroupDescribeRequest } from './share-group-describe-request.ts';
import { decodeShareGroupDescribeResponse, encodeShareGroupDescribeResponse, ShareGroupDescribeResponseSchema, type ShareGroupDescribeResponse } from './share-group-describe-response.ts';
import { decodeShareFetchRequest, encodeShareFetchRequest, ShareFetchRequestSchema, type ShareFetchRequest } from './share-fetch-request.ts';
import { decodeShareFetchResponse, encodeShareFetchResponse, ShareFetchResponseSchema, type ShareFetchResponse } from './share-fetch-response.ts';
import { decodeShareAcknowledgeRequest, encodeShareAcknowledgeRequest, ShareAcknowledgeRequestSchema, type ShareAcknowledgeRequest } from './share-acknowledge-request.ts';
import { decodeShareAcknowledgeResponse, encodeShareAcknowledgeResponse, ShareAcknowledgeResponseSchema, type ShareAcknowledgeResponse } from './share-acknowledge-response.ts';
import { decodeAddRaftVoterRequest, encodeAddRaftVoterRequest, AddRaftVoterRequestSchema, type AddRaftVoterRequest } from './add-raft-voter-request.ts';
import { decodeAddRaftVoterResponse, encodeAddRaftVoterResponse, AddRaftVoterResponseSchema, type AddRaftVoterResponse } from './add-raft-voter-response.ts';
import { decodeRemoveRaftVoterRequest, encodeRemoveRaftVoterRequest, RemoveRaftVoterRequestSchema, type RemoveRaftVoterRequest } from './remove-raft-voter-request.ts';
import { decodeRemoveRaftVoterResponse, encodeRemoveRaftVoterResponse, RemoveRaftVoterResponseSchema, type RemoveRaftVoterResponse } from './remove-raft-voter-response.ts';
import { decodeUpdateRaftVoterRequest, encodeUpdateRaftVoterRequest, UpdateRaftVoterRequestSchema, type UpdateRaftVoterRequest } from './update-raft-voter-request.ts';
import { decodeUpdateRaftVoterResponse, encodeUpdateRaftVoterResponse, UpdateRaftVoterResponseSchema, type UpdateRaftVoterResponse } from './update-raft-voter-response.ts';
import { decodeInitializeShareGroupStateRequest, encodeInitializeShareGroupStateRequest, InitializeShareGroupStateRequestSchema, type InitializeShareGroupStateRequest } from './initialize-share-group-state-request.ts';
import { decodeInitializeShareGroupStateResponse, encodeInitializeShareGroupStateResponse, InitializeShareGroupStateResponseSchema, type InitializeShareGroupStateResponse } from './initialize-share-group-state-response.ts';
import { decodeReadShareGroupStateRequest, encodeReadShareGroupStateRequest, ReadShareGroupStateRequestSchema, type ReadShareGroupStateRequest } from './read-share-group-state-request.ts';
import { decodeReadShareGroupStateResponse, encodeReadShareGroupStateResponse, ReadShareGroupStateResponseSchema, type ReadShareGroupStateResponse } from './read-share-group-state-response.ts';
import { decodeWriteShareGroupStateRequest, encodeWriteShareGroupStateRequest, WriteShareGroupStateRequestSchema, type WriteShareGroupStateRequest } from './write-share-group-state-request.ts';
import { decodeWriteShareGroupStateResponse, encodeWriteShareGroupStateResponse, WriteShareGroupStateResponseSchema, type WriteShareGroupStateResponse } from './write-share-group-state-response.ts';
import { decodeDeleteShareGroupStateRequest, encodeDeleteShareGroupStateRequest, DeleteShareGroupStateRequestSchema, type DeleteShareGroupStateRequest } from './delete-share-group-state-request.ts';
import { decodeDeleteShareGroupStateResponse, encodeDeleteShareGroupStateResponse, DeleteShareGroupStateResponseSchema, type DeleteShareGroupStateResponse } from './delete-share-group-state-response.ts';
import { decodeReadShareGroupStateSummaryRequest, encodeReadShareGroupStateSummaryRequest, ReadShareGroupStateSummaryRequestSchema, type ReadShareGroupStateSummaryRequest } from './read-share-group-state-summary-request.ts';
import { decodeReadShareGroupStateSummaryResponse, encodeReadShareGroupStateSummaryResponse, ReadShareGroupStateSummaryResponseSchema, type ReadShareGroupStateSummaryResponse } from './read-share-group-state-summary-response.ts';

/** Every API key by name. */
export const ApiKeys = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  LeaderAndIsr: 4,
  StopReplica: 5,
  UpdateMetadata: 6,
  ControlledShutdown: 7,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  DescribeGroups: 15,
  ListGroups: 16,
  SaslHandshake: 17,
  ApiVersions: 18,
  CreateTopics: 19,
  DeleteTopics: 20,
  DeleteRecords: 21,
  InitProducerId: 22,
  OffsetForLeaderEpoch: 23,
  AddPartitionsToTxn: 24,
  AddOffsetsToTxn: 25,
  EndTxn: 26,
  WriteTxnMarkers: 27,
  TxnOffsetCommit: 28,
  DescribeAcls: 29,
  CreateAcls: 30,
  DeleteAcls: 31,
  DescribeConfigs: 32,
  AlterConfigs: 33,
  AlterReplicaLogDirs: 34,
  DescribeLogDirs: 35,
  SaslAuthenticate: 36,
  CreatePartitions: 37,
  CreateDelegationToken: 38,
  RenewDelegationToken: 39,
  ExpireDelegationToken: 40,
  DescribeDelegationToken: 41,
  DeleteGroups: 42,
  ElectLeaders: 43,
  IncrementalAlterConfigs: 44,
  AlterPartitionReassignments: 45,
  ListPartitionReassignments: 46,
  OffsetDelete: 47,
  DescribeClientQuotas: 48,
  AlterClientQuotas: 49,
  DescribeUserScramCredentials: 50,
  AlterUserScramCredentials: 51,
  Vote: 52,
  BeginQuorumEpoch: 53,
  EndQuorumEpoch: 54,
  DescribeQuorum: 55,
  AlterPartition: 56,
  UpdateFeatures: 57,
  Envelope: 58,
  FetchSnapshot: 59,
  DescribeCluster: 60,
  DescribeProducers: 61,
  BrokerRegistration: 62,
  BrokerHeartbeat: 63,
  UnregisterBroker: 64,
  DescribeTransactions: 65,
  ListTransactions: 66,
  AllocateProducerIds: 67,
  ConsumerGroupHeartbeat: 68,
  ConsumerGroupDescribe: 69,
  ControllerRegistration: 70,
  GetTelemetrySubscriptions: 71,
  PushTelemetry: 72,
  AssignReplicasToDirs: 73,
  ListClientMetricsResources: 74,
  DescribeTopicPartitions: 75,
  ShareGroupHeartbeat: 76,
  ShareGroupDescribe: 77,
  ShareFetch: 78,
  ShareAcknowledge: 79,
  AddRaftVoter: 80,
  RemoveRaftVoter: 81,
  UpdateRaftVoter: 82,
  InitializeShareGroupState: 83,
  ReadShareGroupState: 84,
  WriteShareGroupState: 85,
  DeleteShareGroupState: 86,
  ReadShareGroupStateSummary: 87,
} as const;

export type ApiKey = (typeof ApiKeys)[keyof typeof ApiKeys];

export interface ApiRequests {
  0: ProduceRequest;
  1: FetchRequest;
  2: ListOffsetsRequest;
  3: MetadataRequest;
  4: LeaderAndIsrRequest;
  5: StopReplicaRequest;
  6: UpdateMetadataRequest;
  7: ControlledShutdownRequest;
  8: OffsetCommitRequest;
  9: OffsetFetchRequest;
  10: FindCoordinatorRequest;
  11: JoinGroupRequest;
  12: HeartbeatRequest;
  13: LeaveGroupRequest;
  14: SyncGroupRequest;
  15: DescribeGroupsRequest;
  16: ListGroupsRequest;
  17: SaslHandshakeRequest;
  18: ApiVersionsRequest;
  19: CreateTopicsRequest;
  20: DeleteTopicsRequest;
  21: DeleteRecordsRequest;
  22: InitProducerIdRequest;
  23: OffsetForLeaderEpochRequest;
  24: AddPartitionsToTxnRequest;
  25: AddOffsetsToTxnRequest;
  26: EndTxnRequest;
  27: WriteTxnMarkersRequest;
  28: TxnOffsetCommitRequest;
  29: DescribeAclsRequest;
  30: CreateAclsRequest;
  31: DeleteAclsRequest;
  32: DescribeConfigsRequest;
  33: AlterConfigsRequest;
  34: AlterReplicaLogDirsRequest;
  35: DescribeLogDirsRequest;
  36: SaslAuthenticateRequest;
  37: CreatePartitionsRequest;
  38: CreateDelegationTokenRequest;
  39: RenewDelegationTokenRequest;
  40: ExpireDelegationTokenRequest;
  41: DescribeDelegationTokenRequest;
  42: DeleteGroupsRequest;
  43: ElectLeadersRequest;
  44: IncrementalAlterConfigsRequest;
  45: AlterPartitionReassignmentsRequest;
  46: ListPartitionReassignmentsRequest;
  47: OffsetDeleteRequest;
  48: DescribeClientQuotasRequest;
  49: AlterClientQuotasRequest;
  50: DescribeUserScramCredentialsRequest;
  51: AlterUserScramCredentialsRequest;
  52: VoteRequest;
  53: BeginQuorumEpochRequest;
  54: EndQuorumEpochRequest;
  55: DescribeQuorumRequest;
  56: AlterPartitionRequest;
  57: UpdateFeaturesRequest;
  58: EnvelopeRequest;
  59: FetchSnapshotRequest;
  60: DescribeClusterRequest;
  61: DescribeProducersRequest;
  62: BrokerRegistrationRequest;
  63: BrokerHeartbeatRequest;
  64: UnregisterBrokerRequest;
  65: DescribeTransactionsRequest;
  66: ListTransactionsRequest;
  67: AllocateProducerIdsRequest;
  68: ConsumerGroupHeartbeatRequest;
  69: ConsumerGroupDescribeRequest;
  70: ControllerRegistrationRequest;
  71: GetTelemetrySubscriptionsRequest;
  72: PushTelemetryRequest;
  73: AssignReplicasToDirsRequest;
  74: ListClientMetricsResourcesRequest;
  75: DescribeTopicPartitionsRequest;
  76: ShareGroupHeartbeatRequest;
  77: ShareGroupDescribeRequest;
  78: ShareFetchRequest;
  79: ShareAcknowledgeRequest;
  80: AddRaftVoterRequest;
  81: RemoveRaftVoterRequest;
  82: UpdateRaftVoterRequest;
  83: InitializeShareGroupStateRequest;
  84: ReadShareGroupStateRequest;
  85: WriteShareGroupStateRequest;
  86: DeleteShareGroupStateRequest;
  87: ReadShareGroupStateSummaryRequest;
}

export interface ApiResponses {
  0: ProduceResponse;
  1: FetchResponse;
  2: ListOffsetsResponse;
  3: MetadataResponse;
  4: LeaderAndIsrResponse;
  5: StopReplicaResponse;
  6: UpdateMetadataResponse;
  7: ControlledShutdownResponse;
  8: OffsetCommitResponse;
  9: OffsetFetchResponse;
  10: FindCoordinatorResponse;
  11: JoinGroupResponse;
  12: HeartbeatResponse;
  13: LeaveGroupResponse;
  14: SyncGroupResponse;
  15: DescribeGroupsResponse;
  16: ListGroupsResponse;
  17: SaslHandshakeResponse;
  18: ApiVersionsResponse;
  19: CreateTopicsResponse;
  20: DeleteTopicsResponse;
  21: DeleteRecordsResponse;
  22: InitProducerIdResponse;
  23: OffsetForLeaderEpochResponse;
  24: AddPartitionsToTxnResponse;
  25: AddOffsetsToTxnResponse;
  26: EndTxnResponse;
  27: WriteTxnMarkersResponse;
  28: TxnOffsetCommitResponse;
  29: DescribeAclsResponse;
  30: CreateAclsResponse;
  31: DeleteAclsResponse;
  32: DescribeConfigsResponse;
  33: AlterConfigsResponse;
  34: AlterReplicaLogDirsResponse;
  35: DescribeLogDirsResponse;
  36: SaslAuthenticateResponse;
  37: CreatePartitionsResponse;
  38: CreateDelegationTokenResponse;
  39: RenewDelegationTokenResponse;
  40: ExpireDelegationTokenResponse;
  41: DescribeDelegationTokenResponse;
  42: DeleteGroupsResponse;
  43: ElectLeadersResponse;
  44: IncrementalAlterConfigsResponse;
  45: AlterPartitionReassignmentsResponse;
  46: ListPartitionReassignmentsResponse;
  47: OffsetDeleteResponse;
  48: DescribeClientQuotasResponse;
  49: AlterClientQuotasResponse;
  50: DescribeUserScramCredentialsResponse;
  51: AlterUserScramCredentialsResponse;
  52: VoteResponse;
  53: BeginQuorumEpochResponse;
  54: EndQuorumEpochResponse;
  55: DescribeQuorumResponse;
  56: AlterPartitionResponse;
  57: UpdateFeaturesResponse;
  58: EnvelopeResponse;
  59: FetchSnapshotResponse;
  60: DescribeClusterResponse;
  61: DescribeProducersResponse;
  62: BrokerRegistrationResponse;
  63: BrokerHeartbeatResponse;
  64: UnregisterBrokerResponse;
  65: DescribeTransactionsResponse;
  66: ListTransactionsResponse;
  67: AllocateProducerIdsResponse;
  68: ConsumerGroupHeartbeatResponse;
  69: ConsumerGroupDescribeResponse;
  70: ControllerRegistrationResponse;
  71: GetTelemetrySubscriptionsResponse;
  72: PushTelemetryResponse;
  73: AssignReplicasToDirsResponse;
  74: ListClientMetricsResourcesResponse;
  75: DescribeTopicPartitionsResponse;
  76: ShareGroupHeartbeatResponse;
  77: ShareGroupDescribeResponse;
  78: ShareFetchResponse;
  79: ShareAcknowledgeResponse;
  80: AddRaftVoterResponse;
  81: RemoveRaftVoterResponse;
  82: UpdateRaftVoterResponse;
  83: InitializeShareGroupStateResponse;
  84: ReadShareGroupStateResponse;
  85: WriteShareGroupStateResponse;
  86: DeleteShareGroupStateResponse;
  87: ReadShareGroupStateSummaryResponse;
}

export interface ApiDefinition<K extends ApiKey = ApiKey> {
  readonly key: K;
  readonly name: string;
  readonly minVersion: number;
  readonly maxVersion: number;
  /** The first flexible version, or null when no version is flexible. */
  readonly flexibleMin: number | null;
  /** Which Kafka listeners serve it: broker, controller, zkBroker. */
  readonly listeners: readonly string[];
  /** Kafka marks its newest version as not yet stable. */
  readonly latestVersionUnstable: boolean;
  readonly decodeRequest: (r: Reader, v: number) => ApiRequests[K];
  readonly encodeRequest: (w: Writer, v: number, m: ApiRequests[K]) => void;
  readonly decodeResponse: (r: Reader, v: number) => ApiResponses[K];
  readonly encodeResponse: (w: Writer, v: number, m: ApiResponses[K]) => void;
  readonly requestSchema: MessageSchema;
  readonly responseSchema: MessageSchema;
}

export const API_DEFINITIONS: { readonly [K in ApiKey]: ApiDefinition<K> } = {
  0: {
    key: 0,
    name: "Produce",
    minVersion: 0,
    maxVersion: 11,
    flexibleMin: 9,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeProduceRequest,
    encodeRequest: encodeProduceRequest,
    decodeResponse: decodeProduceResponse,
    encodeResponse: encodeProduceResponse,
    requestSchema: ProduceRequestSchema,
    responseSchema: ProduceResponseSchema,
  },
  1: {
    key: 1,
    name: "Fetch",
    minVersion: 0,
    maxVersion: 17,
    flexibleMin: 12,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeFetchRequest,
    encodeRequest: encodeFetchRequest,
    decodeResponse: decodeFetchResponse,
    encodeResponse: encodeFetchResponse,
    requestSchema: FetchRequestSchema,
    responseSchema: FetchResponseSchema,
  },
  2: {
    key: 2,
    name: "ListOffsets",
    minVersion: 0,
    maxVersion: 9,
    flexibleMin: 6,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeListOffsetsRequest,
    encodeRequest: encodeListOffsetsRequest,
    decodeResponse: decodeListOffsetsResponse,
    encodeResponse: encodeListOffsetsResponse,
    requestSchema: ListOffsetsRequestSchema,
    responseSchema: ListOffsetsResponseSchema,
  },
  3: {
    key: 3,
    name: "Metadata",
    minVersion: 0,
    maxVersion: 12,
    flexibleMin: 9,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeMetadataRequest,
    encodeRequest: encodeMetadataRequest,
    decodeResponse: decodeMetadataResponse,
    encodeResponse: encodeMetadataResponse,
    requestSchema: MetadataRequestSchema,
    responseSchema: MetadataResponseSchema,
  },
  4: {
    key: 4,
    name: "LeaderAndIsr",
    minVersion: 0,
    maxVersion: 7,
    flexibleMin: 4,
    listeners: ["zkBroker"],
    latestVersionUnstable: false,
    decodeRequest: decodeLeaderAndIsrRequest,
    encodeRequest: encodeLeaderAndIsrRequest,
    decodeResponse: decodeLeaderAndIsrResponse,
    encodeResponse: encodeLeaderAndIsrResponse,
    requestSchema: LeaderAndIsrRequestSchema,
    responseSchema: LeaderAndIsrResponseSchema,
  },
  5: {
    key: 5,
    name: "StopReplica",
    minVersion: 0,
    maxVersion: 4,
    flexibleMin: 2,
    listeners: ["zkBroker"],
    latestVersionUnstable: false,
    decodeRequest: decodeStopReplicaRequest,
    encodeRequest: encodeStopReplicaRequest,
    decodeResponse: decodeStopReplicaResponse,
    encodeResponse: encodeStopReplicaResponse,
    requestSchema: StopReplicaRequestSchema,
    responseSchema: StopReplicaResponseSchema,
  },
  6: {
    key: 6,
    name: "UpdateMetadata",
    minVersion: 0,
    maxVersion: 8,
    flexibleMin: 6,
    listeners: ["zkBroker"],
    latestVersionUnstable: false,
    decodeRequest: decodeUpdateMetadataRequest,
    encodeRequest: encodeUpdateMetadataRequest,
    decodeResponse: decodeUpdateMetadataResponse,
    encodeResponse: encodeUpdateMetadataResponse,
    requestSchema: UpdateMetadataRequestSchema,
    responseSchema: UpdateMetadataResponseSchema,
  },
  7: {
    key: 7,
    name: "ControlledShutdown",
    minVersion: 0,
    maxVersion: 3,
    flexibleMin: 3,
    listeners: ["zkBroker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeControlledShutdownRequest,
    encodeRequest: encodeControlledShutdownRequest,
    decodeResponse: decodeControlledShutdownResponse,
    encodeResponse: encodeControlledShutdownResponse,
    requestSchema: ControlledShutdownRequestSchema,
    responseSchema: ControlledShutdownResponseSchema,
  },
  8: {
    key: 8,
    name: "OffsetCommit",
    minVersion: 0,
    maxVersion: 9,
    flexibleMin: 8,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeOffsetCommitRequest,
    encodeRequest: encodeOffsetCommitRequest,
    decodeResponse: decodeOffsetCommitResponse,
    encodeResponse: encodeOffsetCommitResponse,
    requestSchema: OffsetCommitRequestSchema,
    responseSchema: OffsetCommitResponseSchema,
  },
  9: {
    key: 9,
    name: "OffsetFetch",
    minVersion: 0,
    maxVersion: 9,
    flexibleMin: 6,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeOffsetFetchRequest,
    encodeRequest: encodeOffsetFetchRequest,
    decodeResponse: decodeOffsetFetchResponse,
    encodeResponse: encodeOffsetFetchResponse,
    requestSchema: OffsetFetchRequestSchema,
    responseSchema: OffsetFetchResponseSchema,
  },
  10: {
    key: 10,
    name: "FindCoordinator",
    minVersion: 0,
    maxVersion: 6,
    flexibleMin: 3,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeFindCoordinatorRequest,
    encodeRequest: encodeFindCoordinatorRequest,
    decodeResponse: decodeFindCoordinatorResponse,
    encodeResponse: encodeFindCoordinatorResponse,
    requestSchema: FindCoordinatorRequestSchema,
    responseSchema: FindCoordinatorResponseSchema,
  },
  11: {
    key: 11,
    name: "JoinGroup",
    minVersion: 0,
    maxVersion: 9,
    flexibleMin: 6,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeJoinGroupRequest,
    encodeRequest: encodeJoinGroupRequest,
    decodeResponse: decodeJoinGroupResponse,
    encodeResponse: encodeJoinGroupResponse,
    requestSchema: JoinGroupRequestSchema,
    responseSchema: JoinGroupResponseSchema,
  },
  12: {
    key: 12,
    name: "Heartbeat",
    minVersion: 0,
    maxVersion: 4,
    flexibleMin: 4,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeHeartbeatRequest,
    encodeRequest: encodeHeartbeatRequest,
    decodeResponse: decodeHeartbeatResponse,
    encodeResponse: encodeHeartbeatResponse,
    requestSchema: HeartbeatRequestSchema,
    responseSchema: HeartbeatResponseSchema,
  },
  13: {
    key: 13,
    name: "LeaveGroup",
    minVersion: 0,
    maxVersion: 5,
    flexibleMin: 4,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeLeaveGroupRequest,
    encodeRequest: encodeLeaveGroupRequest,
    decodeResponse: decodeLeaveGroupResponse,
    encodeResponse: encodeLeaveGroupResponse,
    requestSchema: LeaveGroupRequestSchema,
    responseSchema: LeaveGroupResponseSchema,
  },
  14: {
    key: 14,
    name: "SyncGroup",
    minVersion: 0,
    maxVersion: 5,
    flexibleMin: 4,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeSyncGroupRequest,
    encodeRequest: encodeSyncGroupRequest,
    decodeResponse: decodeSyncGroupResponse,
    encodeResponse: encodeSyncGroupResponse,
    requestSchema: SyncGroupRequestSchema,
    responseSchema: SyncGroupResponseSchema,
  },
  15: {
    key: 15,
    name: "DescribeGroups",
    minVersion: 0,
    maxVersion: 5,
    flexibleMin: 5,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeDescribeGroupsRequest,
    encodeRequest: encodeDescribeGroupsRequest,
    decodeResponse: decodeDescribeGroupsResponse,
    encodeResponse: encodeDescribeGroupsResponse,
    requestSchema: DescribeGroupsRequestSchema,
    responseSchema: DescribeGroupsResponseSchema,
  },
  16: {
    key: 16,
    name: "ListGroups",
    minVersion: 0,
    maxVersion: 5,
    flexibleMin: 3,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeListGroupsRequest,
    encodeRequest: encodeListGroupsRequest,
    decodeResponse: decodeListGroupsResponse,
    encodeResponse: encodeListGroupsResponse,
    requestSchema: ListGroupsRequestSchema,
    responseSchema: ListGroupsResponseSchema,
  },
  17: {
    key: 17,
    name: "SaslHandshake",
    minVersion: 0,
    maxVersion: 1,
    flexibleMin: null,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeSaslHandshakeRequest,
    encodeRequest: encodeSaslHandshakeRequest,
    decodeResponse: decodeSaslHandshakeResponse,
    encodeResponse: encodeSaslHandshakeResponse,
    requestSchema: SaslHandshakeRequestSchema,
    responseSchema: SaslHandshakeResponseSchema,
  },
  18: {
    key: 18,
    name: "ApiVersions",
    minVersion: 0,
    maxVersion: 4,
    flexibleMin: 3,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeApiVersionsRequest,
    encodeRequest: encodeApiVersionsRequest,
    decodeResponse: decodeApiVersionsResponse,
    encodeResponse: encodeApiVersionsResponse,
    requestSchema: ApiVersionsRequestSchema,
    responseSchema: ApiVersionsResponseSchema,
  },
  19: {
    key: 19,
    name: "CreateTopics",
    minVersion: 0,
    maxVersion: 7,
    flexibleMin: 5,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeCreateTopicsRequest,
    encodeRequest: encodeCreateTopicsRequest,
    decodeResponse: decodeCreateTopicsResponse,
    encodeResponse: encodeCreateTopicsResponse,
    requestSchema: CreateTopicsRequestSchema,
    responseSchema: CreateTopicsResponseSchema,
  },
  20: {
    key: 20,
    name: "DeleteTopics",
    minVersion: 0,
    maxVersion: 6,
    flexibleMin: 4,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeDeleteTopicsRequest,
    encodeRequest: encodeDeleteTopicsRequest,
    decodeResponse: decodeDeleteTopicsResponse,
    encodeResponse: encodeDeleteTopicsResponse,
    requestSchema: DeleteTopicsRequestSchema,
    responseSchema: DeleteTopicsResponseSchema,
  },
  21: {
    key: 21,
    name: "DeleteRecords",
    minVersion: 0,
    maxVersion: 2,
    flexibleMin: 2,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeDeleteRecordsRequest,
    encodeRequest: encodeDeleteRecordsRequest,
    decodeResponse: decodeDeleteRecordsResponse,
    encodeResponse: encodeDeleteRecordsResponse,
    requestSchema: DeleteRecordsRequestSchema,
    responseSchema: DeleteRecordsResponseSchema,
  },
  22: {
    key: 22,
    name: "InitProducerId",
    minVersion: 0,
    maxVersion: 5,
    flexibleMin: 2,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeInitProducerIdRequest,
    encodeRequest: encodeInitProducerIdRequest,
    decodeResponse: decodeInitProducerIdResponse,
    encodeResponse: encodeInitProducerIdResponse,
    requestSchema: InitProducerIdRequestSchema,
    responseSchema: InitProducerIdResponseSchema,
  },
  23: {
    key: 23,
    name: "OffsetForLeaderEpoch",
    minVersion: 0,
    maxVersion: 4,
    flexibleMin: 4,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeOffsetForLeaderEpochRequest,
    encodeRequest: encodeOffsetForLeaderEpochRequest,
    decodeResponse: decodeOffsetForLeaderEpochResponse,
    encodeResponse: encodeOffsetForLeaderEpochResponse,
    requestSchema: OffsetForLeaderEpochRequestSchema,
    responseSchema: OffsetForLeaderEpochResponseSchema,
  },
  24: {
    key: 24,
    name: "AddPartitionsToTxn",
    minVersion: 0,
    maxVersion: 5,
    flexibleMin: 3,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeAddPartitionsToTxnRequest,
    encodeRequest: encodeAddPartitionsToTxnRequest,
    decodeResponse: decodeAddPartitionsToTxnResponse,
    encodeResponse: encodeAddPartitionsToTxnResponse,
    requestSchema: AddPartitionsToTxnRequestSchema,
    responseSchema: AddPartitionsToTxnResponseSchema,
  },
  25: {
    key: 25,
    name: "AddOffsetsToTxn",
    minVersion: 0,
    maxVersion: 4,
    flexibleMin: 3,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeAddOffsetsToTxnRequest,
    encodeRequest: encodeAddOffsetsToTxnRequest,
    decodeResponse: decodeAddOffsetsToTxnResponse,
    encodeResponse: encodeAddOffsetsToTxnResponse,
    requestSchema: AddOffsetsToTxnRequestSchema,
    responseSchema: AddOffsetsToTxnResponseSchema,
  },
  26: {
    key: 26,
    name: "EndTxn",
    minVersion: 0,
    maxVersion: 4,
    flexibleMin: 3,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeEndTxnRequest,
    encodeRequest: encodeEndTxnRequest,
    decodeResponse: decodeEndTxnResponse,
    encodeResponse: encodeEndTxnResponse,
    requestSchema: EndTxnRequestSchema,
    responseSchema: EndTxnResponseSchema,
  },
  27: {
    key: 27,
    name: "WriteTxnMarkers",
    minVersion: 0,
    maxVersion: 1,
    flexibleMin: 1,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeWriteTxnMarkersRequest,
    encodeRequest: encodeWriteTxnMarkersRequest,
    decodeResponse: decodeWriteTxnMarkersResponse,
    encodeResponse: encodeWriteTxnMarkersResponse,
    requestSchema: WriteTxnMarkersRequestSchema,
    responseSchema: WriteTxnMarkersResponseSchema,
  },
  28: {
    key: 28,
    name: "TxnOffsetCommit",
    minVersion: 0,
    maxVersion: 4,
    flexibleMin: 3,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeTxnOffsetCommitRequest,
    encodeRequest: encodeTxnOffsetCommitRequest,
    decodeResponse: decodeTxnOffsetCommitResponse,
    encodeResponse: encodeTxnOffsetCommitResponse,
    requestSchema: TxnOffsetCommitRequestSchema,
    responseSchema: TxnOffsetCommitResponseSchema,
  },
  29: {
    key: 29,
    name: "DescribeAcls",
    minVersion: 0,
    maxVersion: 3,
    flexibleMin: 2,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeDescribeAclsRequest,
    encodeRequest: encodeDescribeAclsRequest,
    decodeResponse: decodeDescribeAclsResponse,
    encodeResponse: encodeDescribeAclsResponse,
    requestSchema: DescribeAclsRequestSchema,
    responseSchema: DescribeAclsResponseSchema,
  },
  30: {
    key: 30,
    name: "CreateAcls",
    minVersion: 0,
    maxVersion: 3,
    flexibleMin: 2,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeCreateAclsRequest,
    encodeRequest: encodeCreateAclsRequest,
    decodeResponse: decodeCreateAclsResponse,
    encodeResponse: encodeCreateAclsResponse,
    requestSchema: CreateAclsRequestSchema,
    responseSchema: CreateAclsResponseSchema,
  },
  31: {
    key: 31,
    name: "DeleteAcls",
    minVersion: 0,
    maxVersion: 3,
    flexibleMin: 2,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeDeleteAclsRequest,
    encodeRequest: encodeDeleteAclsRequest,
    decodeResponse: decodeDeleteAclsResponse,
    encodeResponse: encodeDeleteAclsResponse,
    requestSchema: DeleteAclsRequestSchema,
    responseSchema: DeleteAclsResponseSchema,
  },
  32: {
    key: 32,
    name: "DescribeConfigs",
    minVersion: 0,
    maxVersion: 4,
    flexibleMin: 4,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeDescribeConfigsRequest,
    encodeRequest: encodeDescribeConfigsRequest,
    decodeResponse: decodeDescribeConfigsResponse,
    encodeResponse: encodeDescribeConfigsResponse,
    requestSchema: DescribeConfigsRequestSchema,
    responseSchema: DescribeConfigsResponseSchema,
  },
  33: {
    key: 33,
    name: "AlterConfigs",
    minVersion: 0,
    maxVersion: 2,
    flexibleMin: 2,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeAlterConfigsRequest,
    encodeRequest: encodeAlterConfigsRequest,
    decodeResponse: decodeAlterConfigsResponse,
    encodeResponse: encodeAlterConfigsResponse,
    requestSchema: AlterConfigsRequestSchema,
    responseSchema: AlterConfigsResponseSchema,
  },
  34: {
    key: 34,
    name: "AlterReplicaLogDirs",
    minVersion: 0,
    maxVersion: 2,
    flexibleMin: 2,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeAlterReplicaLogDirsRequest,
    encodeRequest: encodeAlterReplicaLogDirsRequest,
    decodeResponse: decodeAlterReplicaLogDirsResponse,
    encodeResponse: encodeAlterReplicaLogDirsResponse,
    requestSchema: AlterReplicaLogDirsRequestSchema,
    responseSchema: AlterReplicaLogDirsResponseSchema,
  },
  35: {
    key: 35,
    name: "DescribeLogDirs",
    minVersion: 0,
    maxVersion: 4,
    flexibleMin: 2,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeDescribeLogDirsRequest,
    encodeRequest: encodeDescribeLogDirsRequest,
    decodeResponse: decodeDescribeLogDirsResponse,
    encodeResponse: encodeDescribeLogDirsResponse,
    requestSchema: DescribeLogDirsRequestSchema,
    responseSchema: DescribeLogDirsResponseSchema,
  },
  36: {
    key: 36,
    name: "SaslAuthenticate",
    minVersion: 0,
    maxVersion: 2,
    flexibleMin: 2,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeSaslAuthenticateRequest,
    encodeRequest: encodeSaslAuthenticateRequest,
    decodeResponse: decodeSaslAuthenticateResponse,
    encodeResponse: encodeSaslAuthenticateResponse,
    requestSchema: SaslAuthenticateRequestSchema,
    responseSchema: SaslAuthenticateResponseSchema,
  },
  37: {
    key: 37,
    name: "CreatePartitions",
    minVersion: 0,
    maxVersion: 3,
    flexibleMin: 2,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeCreatePartitionsRequest,
    encodeRequest: encodeCreatePartitionsRequest,
    decodeResponse: decodeCreatePartitionsResponse,
    encodeResponse: encodeCreatePartitionsResponse,
    requestSchema: CreatePartitionsRequestSchema,
    responseSchema: CreatePartitionsResponseSchema,
  },
  38: {
    key: 38,
    name: "CreateDelegationToken",
    minVersion: 0,
    maxVersion: 3,
    flexibleMin: 2,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeCreateDelegationTokenRequest,
    encodeRequest: encodeCreateDelegationTokenRequest,
    decodeResponse: decodeCreateDelegationTokenResponse,
    encodeResponse: encodeCreateDelegationTokenResponse,
    requestSchema: CreateDelegationTokenRequestSchema,
    responseSchema: CreateDelegationTokenResponseSchema,
  },
  39: {
    key: 39,
    name: "RenewDelegationToken",
    minVersion: 0,
    maxVersion: 2,
    flexibleMin: 2,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeRenewDelegationTokenRequest,
    encodeRequest: encodeRenewDelegationTokenRequest,
    decodeResponse: decodeRenewDelegationTokenResponse,
    encodeResponse: encodeRenewDelegationTokenResponse,
    requestSchema: RenewDelegationTokenRequestSchema,
    responseSchema: RenewDelegationTokenResponseSchema,
  },
  40: {
    key: 40,
    name: "ExpireDelegationToken",
    minVersion: 0,
    maxVersion: 2,
    flexibleMin: 2,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeExpireDelegationTokenRequest,
    encodeRequest: encodeExpireDelegationTokenRequest,
    decodeResponse: decodeExpireDelegationTokenResponse,
    encodeResponse: encodeExpireDelegationTokenResponse,
    requestSchema: ExpireDelegationTokenRequestSchema,
    responseSchema: ExpireDelegationTokenResponseSchema,
  },
  41: {
    key: 41,
    name: "DescribeDelegationToken",
    minVersion: 0,
    maxVersion: 3,
    flexibleMin: 2,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeDescribeDelegationTokenRequest,
    encodeRequest: encodeDescribeDelegationTokenRequest,
    decodeResponse: decodeDescribeDelegationTokenResponse,
    encodeResponse: encodeDescribeDelegationTokenResponse,
    requestSchema: DescribeDelegationTokenRequestSchema,
    responseSchema: DescribeDelegationTokenResponseSchema,
  },
  42: {
    key: 42,
    name: "DeleteGroups",
    minVersion: 0,
    maxVersion: 2,
    flexibleMin: 2,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeDeleteGroupsRequest,
    encodeRequest: encodeDeleteGroupsRequest,
    decodeResponse: decodeDeleteGroupsResponse,
    encodeResponse: encodeDeleteGroupsResponse,
    requestSchema: DeleteGroupsRequestSchema,
    responseSchema: DeleteGroupsResponseSchema,
  },
  43: {
    key: 43,
    name: "ElectLeaders",
    minVersion: 0,
    maxVersion: 2,
    flexibleMin: 2,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeElectLeadersRequest,
    encodeRequest: encodeElectLeadersRequest,
    decodeResponse: decodeElectLeadersResponse,
    encodeResponse: encodeElectLeadersResponse,
    requestSchema: ElectLeadersRequestSchema,
    responseSchema: ElectLeadersResponseSchema,
  },
  44: {
    key: 44,
    name: "IncrementalAlterConfigs",
    minVersion: 0,
    maxVersion: 1,
    flexibleMin: 1,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeIncrementalAlterConfigsRequest,
    encodeRequest: encodeIncrementalAlterConfigsRequest,
    decodeResponse: decodeIncrementalAlterConfigsResponse,
    encodeResponse: encodeIncrementalAlterConfigsResponse,
    requestSchema: IncrementalAlterConfigsRequestSchema,
    responseSchema: IncrementalAlterConfigsResponseSchema,
  },
  45: {
    key: 45,
    name: "AlterPartitionReassignments",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker","controller","zkBroker"],
    latestVersionUnstable: false,
    decodeRequest: decodeAlterPartitionReassignmentsRequest,
    encodeRequest: encodeAlterPartitionReassignmentsRequest,
    decodeResponse: decodeAlterPartitionReassignmentsResponse,
    encodeResponse: encodeAlterPartitionReassignmentsResponse,
    requestSchema: AlterPartitionReassignmentsRequestSchema,
    responseSchema: AlterPartitionReassignmentsResponseSchema,
  },
  46: {
    key: 46,
    name: "ListPartitionReassignments",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker","controller","zkBroker"],
    latestVersionUnstable: false,
    decodeRequest: decodeListPartitionReassignmentsRequest,
    encodeRequest: encodeListPartitionReassignmentsRequest,
    decodeResponse: decodeListPartitionReassignmentsResponse,
    encodeResponse: encodeListPartitionReassignmentsResponse,
    requestSchema: ListPartitionReassignmentsRequestSchema,
    responseSchema: ListPartitionReassignmentsResponseSchema,
  },
  47: {
    key: 47,
    name: "OffsetDelete",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: null,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeOffsetDeleteRequest,
    encodeRequest: encodeOffsetDeleteRequest,
    decodeResponse: decodeOffsetDeleteResponse,
    encodeResponse: encodeOffsetDeleteResponse,
    requestSchema: OffsetDeleteRequestSchema,
    responseSchema: OffsetDeleteResponseSchema,
  },
  48: {
    key: 48,
    name: "DescribeClientQuotas",
    minVersion: 0,
    maxVersion: 1,
    flexibleMin: 1,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeDescribeClientQuotasRequest,
    encodeRequest: encodeDescribeClientQuotasRequest,
    decodeResponse: decodeDescribeClientQuotasResponse,
    encodeResponse: encodeDescribeClientQuotasResponse,
    requestSchema: DescribeClientQuotasRequestSchema,
    responseSchema: DescribeClientQuotasResponseSchema,
  },
  49: {
    key: 49,
    name: "AlterClientQuotas",
    minVersion: 0,
    maxVersion: 1,
    flexibleMin: 1,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeAlterClientQuotasRequest,
    encodeRequest: encodeAlterClientQuotasRequest,
    decodeResponse: decodeAlterClientQuotasResponse,
    encodeResponse: encodeAlterClientQuotasResponse,
    requestSchema: AlterClientQuotasRequestSchema,
    responseSchema: AlterClientQuotasResponseSchema,
  },
  50: {
    key: 50,
    name: "DescribeUserScramCredentials",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeDescribeUserScramCredentialsRequest,
    encodeRequest: encodeDescribeUserScramCredentialsRequest,
    decodeResponse: decodeDescribeUserScramCredentialsResponse,
    encodeResponse: encodeDescribeUserScramCredentialsResponse,
    requestSchema: DescribeUserScramCredentialsRequestSchema,
    responseSchema: DescribeUserScramCredentialsResponseSchema,
  },
  51: {
    key: 51,
    name: "AlterUserScramCredentials",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeAlterUserScramCredentialsRequest,
    encodeRequest: encodeAlterUserScramCredentialsRequest,
    decodeResponse: decodeAlterUserScramCredentialsResponse,
    encodeResponse: encodeAlterUserScramCredentialsResponse,
    requestSchema: AlterUserScramCredentialsRequestSchema,
    responseSchema: AlterUserScramCredentialsResponseSchema,
  },
  52: {
    key: 52,
    name: "Vote",
    minVersion: 0,
    maxVersion: 1,
    flexibleMin: 0,
    listeners: ["controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeVoteRequest,
    encodeRequest: encodeVoteRequest,
    decodeResponse: decodeVoteResponse,
    encodeResponse: encodeVoteResponse,
    requestSchema: VoteRequestSchema,
    responseSchema: VoteResponseSchema,
  },
  53: {
    key: 53,
    name: "BeginQuorumEpoch",
    minVersion: 0,
    maxVersion: 1,
    flexibleMin: 1,
    listeners: ["controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeBeginQuorumEpochRequest,
    encodeRequest: encodeBeginQuorumEpochRequest,
    decodeResponse: decodeBeginQuorumEpochResponse,
    encodeResponse: encodeBeginQuorumEpochResponse,
    requestSchema: BeginQuorumEpochRequestSchema,
    responseSchema: BeginQuorumEpochResponseSchema,
  },
  54: {
    key: 54,
    name: "EndQuorumEpoch",
    minVersion: 0,
    maxVersion: 1,
    flexibleMin: 1,
    listeners: ["controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeEndQuorumEpochRequest,
    encodeRequest: encodeEndQuorumEpochRequest,
    decodeResponse: decodeEndQuorumEpochResponse,
    encodeResponse: encodeEndQuorumEpochResponse,
    requestSchema: EndQuorumEpochRequestSchema,
    responseSchema: EndQuorumEpochResponseSchema,
  },
  55: {
    key: 55,
    name: "DescribeQuorum",
    minVersion: 0,
    maxVersion: 2,
    flexibleMin: 0,
    listeners: ["broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeDescribeQuorumRequest,
    encodeRequest: encodeDescribeQuorumRequest,
    decodeResponse: decodeDescribeQuorumResponse,
    encodeResponse: encodeDescribeQuorumResponse,
    requestSchema: DescribeQuorumRequestSchema,
    responseSchema: DescribeQuorumResponseSchema,
  },
  56: {
    key: 56,
    name: "AlterPartition",
    minVersion: 0,
    maxVersion: 3,
    flexibleMin: 0,
    listeners: ["zkBroker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeAlterPartitionRequest,
    encodeRequest: encodeAlterPartitionRequest,
    decodeResponse: decodeAlterPartitionResponse,
    encodeResponse: encodeAlterPartitionResponse,
    requestSchema: AlterPartitionRequestSchema,
    responseSchema: AlterPartitionResponseSchema,
  },
  57: {
    key: 57,
    name: "UpdateFeatures",
    minVersion: 0,
    maxVersion: 1,
    flexibleMin: 0,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeUpdateFeaturesRequest,
    encodeRequest: encodeUpdateFeaturesRequest,
    decodeResponse: decodeUpdateFeaturesResponse,
    encodeResponse: encodeUpdateFeaturesResponse,
    requestSchema: UpdateFeaturesRequestSchema,
    responseSchema: UpdateFeaturesResponseSchema,
  },
  58: {
    key: 58,
    name: "Envelope",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["controller","zkBroker"],
    latestVersionUnstable: false,
    decodeRequest: decodeEnvelopeRequest,
    encodeRequest: encodeEnvelopeRequest,
    decodeResponse: decodeEnvelopeResponse,
    encodeResponse: encodeEnvelopeResponse,
    requestSchema: EnvelopeRequestSchema,
    responseSchema: EnvelopeResponseSchema,
  },
  59: {
    key: 59,
    name: "FetchSnapshot",
    minVersion: 0,
    maxVersion: 1,
    flexibleMin: 0,
    listeners: ["controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeFetchSnapshotRequest,
    encodeRequest: encodeFetchSnapshotRequest,
    decodeResponse: decodeFetchSnapshotResponse,
    encodeResponse: encodeFetchSnapshotResponse,
    requestSchema: FetchSnapshotRequestSchema,
    responseSchema: FetchSnapshotResponseSchema,
  },
  60: {
    key: 60,
    name: "DescribeCluster",
    minVersion: 0,
    maxVersion: 1,
    flexibleMin: 0,
    listeners: ["zkBroker","broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeDescribeClusterRequest,
    encodeRequest: encodeDescribeClusterRequest,
    decodeResponse: decodeDescribeClusterResponse,
    encodeResponse: encodeDescribeClusterResponse,
    requestSchema: DescribeClusterRequestSchema,
    responseSchema: DescribeClusterResponseSchema,
  },
  61: {
    key: 61,
    name: "DescribeProducers",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeDescribeProducersRequest,
    encodeRequest: encodeDescribeProducersRequest,
    decodeResponse: decodeDescribeProducersResponse,
    encodeResponse: encodeDescribeProducersResponse,
    requestSchema: DescribeProducersRequestSchema,
    responseSchema: DescribeProducersResponseSchema,
  },
  62: {
    key: 62,
    name: "BrokerRegistration",
    minVersion: 0,
    maxVersion: 4,
    flexibleMin: 0,
    listeners: ["controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeBrokerRegistrationRequest,
    encodeRequest: encodeBrokerRegistrationRequest,
    decodeResponse: decodeBrokerRegistrationResponse,
    encodeResponse: encodeBrokerRegistrationResponse,
    requestSchema: BrokerRegistrationRequestSchema,
    responseSchema: BrokerRegistrationResponseSchema,
  },
  63: {
    key: 63,
    name: "BrokerHeartbeat",
    minVersion: 0,
    maxVersion: 1,
    flexibleMin: 0,
    listeners: ["controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeBrokerHeartbeatRequest,
    encodeRequest: encodeBrokerHeartbeatRequest,
    decodeResponse: decodeBrokerHeartbeatResponse,
    encodeResponse: encodeBrokerHeartbeatResponse,
    requestSchema: BrokerHeartbeatRequestSchema,
    responseSchema: BrokerHeartbeatResponseSchema,
  },
  64: {
    key: 64,
    name: "UnregisterBroker",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeUnregisterBrokerRequest,
    encodeRequest: encodeUnregisterBrokerRequest,
    decodeResponse: decodeUnregisterBrokerResponse,
    encodeResponse: encodeUnregisterBrokerResponse,
    requestSchema: UnregisterBrokerRequestSchema,
    responseSchema: UnregisterBrokerResponseSchema,
  },
  65: {
    key: 65,
    name: "DescribeTransactions",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeDescribeTransactionsRequest,
    encodeRequest: encodeDescribeTransactionsRequest,
    decodeResponse: decodeDescribeTransactionsResponse,
    encodeResponse: encodeDescribeTransactionsResponse,
    requestSchema: DescribeTransactionsRequestSchema,
    responseSchema: DescribeTransactionsResponseSchema,
  },
  66: {
    key: 66,
    name: "ListTransactions",
    minVersion: 0,
    maxVersion: 1,
    flexibleMin: 0,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeListTransactionsRequest,
    encodeRequest: encodeListTransactionsRequest,
    decodeResponse: decodeListTransactionsResponse,
    encodeResponse: encodeListTransactionsResponse,
    requestSchema: ListTransactionsRequestSchema,
    responseSchema: ListTransactionsResponseSchema,
  },
  67: {
    key: 67,
    name: "AllocateProducerIds",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["zkBroker","controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeAllocateProducerIdsRequest,
    encodeRequest: encodeAllocateProducerIdsRequest,
    decodeResponse: decodeAllocateProducerIdsResponse,
    encodeResponse: encodeAllocateProducerIdsResponse,
    requestSchema: AllocateProducerIdsRequestSchema,
    responseSchema: AllocateProducerIdsResponseSchema,
  },
  68: {
    key: 68,
    name: "ConsumerGroupHeartbeat",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeConsumerGroupHeartbeatRequest,
    encodeRequest: encodeConsumerGroupHeartbeatRequest,
    decodeResponse: decodeConsumerGroupHeartbeatResponse,
    encodeResponse: encodeConsumerGroupHeartbeatResponse,
    requestSchema: ConsumerGroupHeartbeatRequestSchema,
    responseSchema: ConsumerGroupHeartbeatResponseSchema,
  },
  69: {
    key: 69,
    name: "ConsumerGroupDescribe",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["zkBroker","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeConsumerGroupDescribeRequest,
    encodeRequest: encodeConsumerGroupDescribeRequest,
    decodeResponse: decodeConsumerGroupDescribeResponse,
    encodeResponse: encodeConsumerGroupDescribeResponse,
    requestSchema: ConsumerGroupDescribeRequestSchema,
    responseSchema: ConsumerGroupDescribeResponseSchema,
  },
  70: {
    key: 70,
    name: "ControllerRegistration",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeControllerRegistrationRequest,
    encodeRequest: encodeControllerRegistrationRequest,
    decodeResponse: decodeControllerRegistrationResponse,
    encodeResponse: encodeControllerRegistrationResponse,
    requestSchema: ControllerRegistrationRequestSchema,
    responseSchema: ControllerRegistrationResponseSchema,
  },
  71: {
    key: 71,
    name: "GetTelemetrySubscriptions",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeGetTelemetrySubscriptionsRequest,
    encodeRequest: encodeGetTelemetrySubscriptionsRequest,
    decodeResponse: decodeGetTelemetrySubscriptionsResponse,
    encodeResponse: encodeGetTelemetrySubscriptionsResponse,
    requestSchema: GetTelemetrySubscriptionsRequestSchema,
    responseSchema: GetTelemetrySubscriptionsResponseSchema,
  },
  72: {
    key: 72,
    name: "PushTelemetry",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker"],
    latestVersionUnstable: false,
    decodeRequest: decodePushTelemetryRequest,
    encodeRequest: encodePushTelemetryRequest,
    decodeResponse: decodePushTelemetryResponse,
    encodeResponse: encodePushTelemetryResponse,
    requestSchema: PushTelemetryRequestSchema,
    responseSchema: PushTelemetryResponseSchema,
  },
  73: {
    key: 73,
    name: "AssignReplicasToDirs",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeAssignReplicasToDirsRequest,
    encodeRequest: encodeAssignReplicasToDirsRequest,
    decodeResponse: decodeAssignReplicasToDirsResponse,
    encodeResponse: encodeAssignReplicasToDirsResponse,
    requestSchema: AssignReplicasToDirsRequestSchema,
    responseSchema: AssignReplicasToDirsResponseSchema,
  },
  74: {
    key: 74,
    name: "ListClientMetricsResources",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeListClientMetricsResourcesRequest,
    encodeRequest: encodeListClientMetricsResourcesRequest,
    decodeResponse: decodeListClientMetricsResourcesResponse,
    encodeResponse: encodeListClientMetricsResourcesResponse,
    requestSchema: ListClientMetricsResourcesRequestSchema,
    responseSchema: ListClientMetricsResourcesResponseSchema,
  },
  75: {
    key: 75,
    name: "DescribeTopicPartitions",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeDescribeTopicPartitionsRequest,
    encodeRequest: encodeDescribeTopicPartitionsRequest,
    decodeResponse: decodeDescribeTopicPartitionsResponse,
    encodeResponse: encodeDescribeTopicPartitionsResponse,
    requestSchema: DescribeTopicPartitionsRequestSchema,
    responseSchema: DescribeTopicPartitionsResponseSchema,
  },
  76: {
    key: 76,
    name: "ShareGroupHeartbeat",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker"],
    latestVersionUnstable: true,
    decodeRequest: decodeShareGroupHeartbeatRequest,
    encodeRequest: encodeShareGroupHeartbeatRequest,
    decodeResponse: decodeShareGroupHeartbeatResponse,
    encodeResponse: encodeShareGroupHeartbeatResponse,
    requestSchema: ShareGroupHeartbeatRequestSchema,
    responseSchema: ShareGroupHeartbeatResponseSchema,
  },
  77: {
    key: 77,
    name: "ShareGroupDescribe",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker"],
    latestVersionUnstable: true,
    decodeRequest: decodeShareGroupDescribeRequest,
    encodeRequest: encodeShareGroupDescribeRequest,
    decodeResponse: decodeShareGroupDescribeResponse,
    encodeResponse: encodeShareGroupDescribeResponse,
    requestSchema: ShareGroupDescribeRequestSchema,
    responseSchema: ShareGroupDescribeResponseSchema,
  },
  78: {
    key: 78,
    name: "ShareFetch",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker"],
    latestVersionUnstable: true,
    decodeRequest: decodeShareFetchRequest,
    encodeRequest: encodeShareFetchRequest,
    decodeResponse: decodeShareFetchResponse,
    encodeResponse: encodeShareFetchResponse,
    requestSchema: ShareFetchRequestSchema,
    responseSchema: ShareFetchResponseSchema,
  },
  79: {
    key: 79,
    name: "ShareAcknowledge",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker"],
    latestVersionUnstable: true,
    decodeRequest: decodeShareAcknowledgeRequest,
    encodeRequest: encodeShareAcknowledgeRequest,
    decodeResponse: decodeShareAcknowledgeResponse,
    encodeResponse: encodeShareAcknowledgeResponse,
    requestSchema: ShareAcknowledgeRequestSchema,
    responseSchema: ShareAcknowledgeResponseSchema,
  },
  80: {
    key: 80,
    name: "AddRaftVoter",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["controller","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeAddRaftVoterRequest,
    encodeRequest: encodeAddRaftVoterRequest,
    decodeResponse: decodeAddRaftVoterResponse,
    encodeResponse: encodeAddRaftVoterResponse,
    requestSchema: AddRaftVoterRequestSchema,
    responseSchema: AddRaftVoterResponseSchema,
  },
  81: {
    key: 81,
    name: "RemoveRaftVoter",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["controller","broker"],
    latestVersionUnstable: false,
    decodeRequest: decodeRemoveRaftVoterRequest,
    encodeRequest: encodeRemoveRaftVoterRequest,
    decodeResponse: decodeRemoveRaftVoterResponse,
    encodeResponse: encodeRemoveRaftVoterResponse,
    requestSchema: RemoveRaftVoterRequestSchema,
    responseSchema: RemoveRaftVoterResponseSchema,
  },
  82: {
    key: 82,
    name: "UpdateRaftVoter",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["controller"],
    latestVersionUnstable: false,
    decodeRequest: decodeUpdateRaftVoterRequest,
    encodeRequest: encodeUpdateRaftVoterRequest,
    decodeResponse: decodeUpdateRaftVoterResponse,
    encodeResponse: encodeUpdateRaftVoterResponse,
    requestSchema: UpdateRaftVoterRequestSchema,
    responseSchema: UpdateRaftVoterResponseSchema,
  },
  83: {
    key: 83,
    name: "InitializeShareGroupState",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker"],
    latestVersionUnstable: true,
    decodeRequest: decodeInitializeShareGroupStateRequest,
    encodeRequest: encodeInitializeShareGroupStateRequest,
    decodeResponse: decodeInitializeShareGroupStateResponse,
    encodeResponse: encodeInitializeShareGroupStateResponse,
    requestSchema: InitializeShareGroupStateRequestSchema,
    responseSchema: InitializeShareGroupStateResponseSchema,
  },
  84: {
    key: 84,
    name: "ReadShareGroupState",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker"],
    latestVersionUnstable: true,
    decodeRequest: decodeReadShareGroupStateRequest,
    encodeRequest: encodeReadShareGroupStateRequest,
    decodeResponse: decodeReadShareGroupStateResponse,
    encodeResponse: encodeReadShareGroupStateResponse,
    requestSchema: ReadShareGroupStateRequestSchema,
    responseSchema: ReadShareGroupStateResponseSchema,
  },
  85: {
    key: 85,
    name: "WriteShareGroupState",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker"],
    latestVersionUnstable: true,
    decodeRequest: decodeWriteShareGroupStateRequest,
    encodeRequest: encodeWriteShareGroupStateRequest,
    decodeResponse: decodeWriteShareGroupStateResponse,
    encodeResponse: encodeWriteShareGroupStateResponse,
    requestSchema: WriteShareGroupStateRequestSchema,
    responseSchema: WriteShareGroupStateResponseSchema,
  },
  86: {
    key: 86,
    name: "DeleteShareGroupState",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker"],
    latestVersionUnstable: true,
    decodeRequest: decodeDeleteShareGroupStateRequest,
    encodeRequest: encodeDeleteShareGroupStateRequest,
    decodeResponse: decodeDeleteShareGroupStateResponse,
    encodeResponse: encodeDeleteShareGroupStateResponse,
    requestSchema: DeleteShareGroupStateRequestSchema,
    responseSchema: DeleteShareGroupStateResponseSchema,
  },
  87: {
    key: 87,
    name: "ReadShareGroupStateSummary",
    minVersion: 0,
    maxVersion: 0,
    flexibleMin: 0,
    listeners: ["broker"],
    latestVersionUnstable: true,
    decodeRequest: decodeReadShareGroupStateSummaryRequest,
    encodeRequest: encodeReadShareGroupStateSummaryRequest,
    decodeResponse: decodeReadShareGroupStateSummaryResponse,
    encodeResponse: encodeReadShareGroupStateSummaryResponse,
    requestSchema: ReadShareGroupStateSummaryRequestSchema,
    responseSchema: ReadShareGroupStateSummaryResponseSchema,
  },
};
