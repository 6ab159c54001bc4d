$version: "2"

namespace com.amazonaws.ivs

use aws.api#service
use aws.auth#sigv4
use aws.protocols#restJson1

/// The control-plane API of Amazon Interactive Video Service as it is today: it manages
/// live-video channels and the secret stream keys that broadcasters push video with, the live
/// streams and the record of past broadcasts (stream sessions), recording configurations that
/// store broadcasts in S3, playback key pairs and restriction policies that limit who may watch,
/// ad configurations for server-side ad insertion, revocation of viewer sessions, and tags on
/// every taggable resource. Every call is a JSON request over HTTPS signed with SigV4; resources
/// are scoped to one account and region.
@title("Amazon Interactive Video Service")
@service(sdkId: "ivs", arnNamespace: "ivs", endpointPrefix: "ivs", cloudFormationName: "IVS")
@sigv4(name: "ivs")
@restJson1
service AmazonInteractiveVideoService {
    version: "2020-07-14"
    operations: [
        BatchGetChannel
        BatchGetStreamKey
        BatchStartViewerSessionRevocation
        CreateAdConfiguration
        CreateChannel
        CreatePlaybackRestrictionPolicy
        CreateRecordingConfiguration
        CreateStreamKey
        DeleteAdConfiguration
        DeleteChannel
        DeletePlaybackKeyPair
        DeletePlaybackRestrictionPolicy
        DeleteRecordingConfiguration
        DeleteStreamKey
        GetAdConfiguration
        GetChannel
        GetPlaybackKeyPair
        GetPlaybackRestrictionPolicy
        GetRecordingConfiguration
        GetStream
        GetStreamKey
        GetStreamSession
        ImportPlaybackKeyPair
        InsertAdBreak
        ListAdConfigurations
        ListChannels
        ListPlaybackKeyPairs
        ListPlaybackRestrictionPolicies
        ListRecordingConfigurations
        ListStreamKeys
        ListStreams
        ListStreamSessions
        ListTagsForResource
        PutMetadata
        StartViewerSessionRevocation
        StopStream
        TagResource
        UntagResource
        UpdateAdConfiguration
        UpdateChannel
        UpdatePlaybackRestrictionPolicy
    ]
}

// ---------------------------------------------------------------------------------------------
// Channel operations
// ---------------------------------------------------------------------------------------------

/// Looks up several channels at once. Channels that exist come back in `channels`; every ARN
/// that cannot be served is reported in `errors` instead, so the call as a whole still succeeds.
@readonly
@http(method: "POST", uri: "/BatchGetChannel")
operation BatchGetChannel {
    input: BatchGetChannelRequest
    output: BatchGetChannelResponse
    errors: [
        AccessDeniedException
        ServiceUnavailable
        ValidationException
    ]
}

/// Makes a new channel and, in the same step, the one stream key that belongs to it. Any
/// recording configuration, playback restriction policy or ad configuration it names must exist.
@http(method: "POST", uri: "/CreateChannel")
operation CreateChannel {
    input: CreateChannelRequest
    output: CreateChannelResponse
    errors: [
        AccessDeniedException
        PendingVerification
        ResourceNotFoundException
        ServiceQuotaExceededException
        ValidationException
    ]
}

/// Removes a channel together with every stream key attached to it. A channel that is
/// broadcasting right now cannot be removed.
@idempotent
@http(method: "POST", uri: "/DeleteChannel", code: 204)
operation DeleteChannel {
    input: DeleteChannelRequest
    errors: [
        AccessDeniedException
        ConflictException
        PendingVerification
        ResourceNotFoundException
        ValidationException
    ]
}

/// Reads the full description of one channel.
@readonly
@http(method: "POST", uri: "/GetChannel")
operation GetChannel {
    input: GetChannelRequest
    output: GetChannelResponse
    errors: [
        AccessDeniedException
        ResourceNotFoundException
        ValidationException
    ]
}

/// Pages through short descriptions of the caller's channels. At most one filter may be given:
/// by name, by recording configuration, by playback restriction policy or by ad configuration.
@readonly
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "channels", pageSize: "maxResults")
@http(method: "POST", uri: "/ListChannels")
operation ListChannels {
    input: ListChannelsRequest
    output: ListChannelsResponse
    errors: [
        AccessDeniedException
        ConflictException
        ValidationException
    ]
}

/// Changes settings of an existing channel; settings left out of the request keep their
/// current values. A channel that is live cannot be changed.
@idempotent
@http(method: "POST", uri: "/UpdateChannel")
operation UpdateChannel {
    input: UpdateChannelRequest
    output: UpdateChannelResponse
    errors: [
        AccessDeniedException
        ConflictException
        PendingVerification
        ResourceNotFoundException
        ValidationException
    ]
}

// ---------------------------------------------------------------------------------------------
// Stream key operations
// ---------------------------------------------------------------------------------------------

/// Looks up several stream keys at once, secrets included. Keys that cannot be served are
/// reported one by one in `errors` rather than failing the whole call.
@readonly
@http(method: "POST", uri: "/BatchGetStreamKey")
operation BatchGetStreamKey {
    input: BatchGetStreamKeyRequest
    output: BatchGetStreamKeyResponse
    errors: [
        AccessDeniedException
        ServiceUnavailable
        ValidationException
    ]
}

/// Issues a new stream key for a channel. A channel holds at most one key, so this only
/// succeeds after the previous key has been deleted.
@http(method: "POST", uri: "/CreateStreamKey")
operation CreateStreamKey {
    input: CreateStreamKeyRequest
    output: CreateStreamKeyResponse
    errors: [
        AccessDeniedException
        PendingVerification
        ResourceNotFoundException
        ServiceQuotaExceededException
        ValidationException
    ]
}

/// Revokes a stream key so that nobody can broadcast with it any more; the channel stays.
@idempotent
@http(method: "POST", uri: "/DeleteStreamKey", code: 204)
operation DeleteStreamKey {
    input: DeleteStreamKeyRequest
    errors: [
        AccessDeniedException
        PendingVerification
        ResourceNotFoundException
        ValidationException
    ]
}

/// Reads one stream key, including its secret value.
@readonly
@http(method: "POST", uri: "/GetStreamKey")
operation GetStreamKey {
    input: GetStreamKeyRequest
    output: GetStreamKeyResponse
    errors: [
        AccessDeniedException
        ResourceNotFoundException
        ValidationException
    ]
}

/// Pages through short descriptions of the stream keys of one channel; the secret values are
/// left out.
@readonly
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "streamKeys", pageSize: "maxResults")
@http(method: "POST", uri: "/ListStreamKeys")
operation ListStreamKeys {
    input: ListStreamKeysRequest
    output: ListStreamKeysResponse
    errors: [
        AccessDeniedException
        ResourceNotFoundException
        ValidationException
    ]
}

// ---------------------------------------------------------------------------------------------
// Stream and stream session operations
// ---------------------------------------------------------------------------------------------

/// Reads the stream that is live on a channel at this moment.
@readonly
@http(method: "POST", uri: "/GetStream")
operation GetStream {
    input: GetStreamRequest
    output: GetStreamResponse
    errors: [
        AccessDeniedException
        ChannelNotBroadcasting
        ResourceNotFoundException
        ValidationException
    ]
}

/// Reads the record of one broadcast of a channel: the channel's settings at the time, the
/// encoder settings seen at ingest, the recording configuration in force and the latest events.
/// Without a stream id it reads the channel's most recent broadcast.
@readonly
@http(method: "POST", uri: "/GetStreamSession")
operation GetStreamSession {
    input: GetStreamSessionRequest
    output: GetStreamSessionResponse
    errors: [
        AccessDeniedException
        ResourceNotFoundException
        ValidationException
    ]
}

/// Pages through short descriptions of the streams that are live in the caller's account,
/// optionally only those in a given health.
@readonly
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "streams", pageSize: "maxResults")
@http(method: "POST", uri: "/ListStreams")
operation ListStreams {
    input: ListStreamsRequest
    output: ListStreamsResponse
    errors: [
        AccessDeniedException
        ValidationException
    ]
}

/// Pages through the broadcasts a channel has had, the live one included.
@readonly
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "streamSessions", pageSize: "maxResults")
@http(method: "POST", uri: "/ListStreamSessions")
operation ListStreamSessions {
    input: ListStreamSessionsRequest
    output: ListStreamSessionsResponse
    errors: [
        AccessDeniedException
        ResourceNotFoundException
        ValidationException
    ]
}

/// Inserts a small piece of timed metadata into the live stream of a channel, where players
/// can pick it up in sync with the video.
@http(method: "POST", uri: "/PutMetadata", code: 204)
operation PutMetadata {
    input: PutMetadataRequest
    errors: [
        AccessDeniedException
        ChannelNotBroadcasting
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

/// Cuts off the incoming video of a channel's live stream. Broadcasting software usually
/// reconnects on its own, so revoke the stream key first to keep the channel off the air.
@http(method: "POST", uri: "/StopStream")
operation StopStream {
    input: StopStreamRequest
    output: StopStreamResponse
    errors: [
        AccessDeniedException
        ChannelNotBroadcasting
        ResourceNotFoundException
        StreamUnavailable
        ValidationException
    ]
}

// ---------------------------------------------------------------------------------------------
// Recording configuration operations
// ---------------------------------------------------------------------------------------------

/// Makes a recording configuration: where and how the broadcasts of the channels that use it are
/// stored. It starts in the CREATING state and becomes ACTIVE (or CREATE_FAILED) on its own.
@http(method: "POST", uri: "/CreateRecordingConfiguration")
operation CreateRecordingConfiguration {
    input: CreateRecordingConfigurationRequest
    output: CreateRecordingConfigurationResponse
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        PendingVerification
        ServiceQuotaExceededException
        ValidationException
    ]
}

/// Removes a recording configuration. One that a channel still uses cannot be removed.
@idempotent
@http(method: "POST", uri: "/DeleteRecordingConfiguration", code: 204)
operation DeleteRecordingConfiguration {
    input: DeleteRecordingConfigurationRequest
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ValidationException
    ]
}

/// Reads the full description of one recording configuration, its current state included.
@readonly
@http(method: "POST", uri: "/GetRecordingConfiguration")
operation GetRecordingConfiguration {
    input: GetRecordingConfigurationRequest
    output: GetRecordingConfigurationResponse
    errors: [
        AccessDeniedException
        InternalServerException
        ResourceNotFoundException
        ValidationException
    ]
}

/// Pages through short descriptions of the caller's recording configurations.
@readonly
@paginated(
    inputToken: "nextToken"
    outputToken: "nextToken"
    items: "recordingConfigurations"
    pageSize: "maxResults"
)
@http(method: "POST", uri: "/ListRecordingConfigurations")
operation ListRecordingConfigurations {
    input: ListRecordingConfigurationsRequest
    output: ListRecordingConfigurationsResponse
    errors: [
        AccessDeniedException
        InternalServerException
        ValidationException
    ]
}

// ---------------------------------------------------------------------------------------------
// Playback key pair operations
// ---------------------------------------------------------------------------------------------

/// Removes a playback key pair; tokens signed with its private key no longer open private
/// channels.
@idempotent
@http(method: "POST", uri: "/DeletePlaybackKeyPair")
operation DeletePlaybackKeyPair {
    input: DeletePlaybackKeyPairRequest
    output: DeletePlaybackKeyPairResponse
    errors: [
        AccessDeniedException
        PendingVerification
        ResourceNotFoundException
        ValidationException
    ]
}

/// Reads one playback key pair: its name, fingerprint and tags (the service never holds the
/// private key).
@readonly
@http(method: "POST", uri: "/GetPlaybackKeyPair")
operation GetPlaybackKeyPair {
    input: GetPlaybackKeyPairRequest
    output: GetPlaybackKeyPairResponse
    errors: [
        AccessDeniedException
        ResourceNotFoundException
        ValidationException
    ]
}

/// Registers the public half of a key pair whose private half signs playback tokens for
/// private channels. The same public key cannot be registered twice.
@http(method: "POST", uri: "/ImportPlaybackKeyPair")
operation ImportPlaybackKeyPair {
    input: ImportPlaybackKeyPairRequest
    output: ImportPlaybackKeyPairResponse
    errors: [
        AccessDeniedException
        ConflictException
        PendingVerification
        ServiceQuotaExceededException
        ValidationException
    ]
}

/// Pages through short descriptions of the caller's playback key pairs.
@readonly
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "keyPairs", pageSize: "maxResults")
@http(method: "POST", uri: "/ListPlaybackKeyPairs")
operation ListPlaybackKeyPairs {
    input: ListPlaybackKeyPairsRequest
    output: ListPlaybackKeyPairsResponse
    errors: [
        AccessDeniedException
        ValidationException
    ]
}

// ---------------------------------------------------------------------------------------------
// Playback restriction policy operations
// ---------------------------------------------------------------------------------------------

/// Makes a playback restriction policy: the countries and web origins from which the channels
/// that use it may be watched.
@http(method: "POST", uri: "/CreatePlaybackRestrictionPolicy")
operation CreatePlaybackRestrictionPolicy {
    input: CreatePlaybackRestrictionPolicyRequest
    output: CreatePlaybackRestrictionPolicyResponse
    errors: [
        AccessDeniedException
        PendingVerification
        ServiceQuotaExceededException
        ThrottlingException
        ValidationException
    ]
}

/// Removes a playback restriction policy. One that a channel still uses cannot be removed.
@idempotent
@http(method: "POST", uri: "/DeletePlaybackRestrictionPolicy", code: 204)
operation DeletePlaybackRestrictionPolicy {
    input: DeletePlaybackRestrictionPolicyRequest
    errors: [
        AccessDeniedException
        ConflictException
        PendingVerification
        ResourceNotFoundException
        ValidationException
    ]
}

/// Reads one playback restriction policy.
@readonly
@http(method: "POST", uri: "/GetPlaybackRestrictionPolicy")
operation GetPlaybackRestrictionPolicy {
    input: GetPlaybackRestrictionPolicyRequest
    output: GetPlaybackRestrictionPolicyResponse
    errors: [
        AccessDeniedException
        PendingVerification
        ResourceNotFoundException
        ValidationException
    ]
}

/// Pages through short descriptions of the caller's playback restriction policies.
@readonly
@paginated(
    inputToken: "nextToken"
    outputToken: "nextToken"
    items: "playbackRestrictionPolicies"
    pageSize: "maxResults"
)
@http(method: "POST", uri: "/ListPlaybackRestrictionPolicies")
operation ListPlaybackRestrictionPolicies {
    input: ListPlaybackRestrictionPoliciesRequest
    output: ListPlaybackRestrictionPoliciesResponse
    errors: [
        AccessDeniedException
        ConflictException
        PendingVerification
        ValidationException
    ]
}

/// Changes settings of a playback restriction policy; settings left out keep their values.
@idempotent
@http(method: "POST", uri: "/UpdatePlaybackRestrictionPolicy")
operation UpdatePlaybackRestrictionPolicy {
    input: UpdatePlaybackRestrictionPolicyRequest
    output: UpdatePlaybackRestrictionPolicyResponse
    errors: [
        AccessDeniedException
        ConflictException
        PendingVerification
        ResourceNotFoundException
        ValidationException
    ]
}

// ---------------------------------------------------------------------------------------------
// Ad configuration operations
// ---------------------------------------------------------------------------------------------

/// Makes an ad configuration: the MediaTailor playback configurations that serve ads into the
/// channels that use it, and an optional ad break after each broadcast.
@http(method: "POST", uri: "/CreateAdConfiguration")
operation CreateAdConfiguration {
    input: CreateAdConfigurationRequest
    output: CreateAdConfigurationResponse
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        PendingVerification
        ResourceNotFoundException
        ServiceQuotaExceededException
        ThrottlingException
        ValidationException
    ]
}

/// Removes an ad configuration. One that a channel still uses cannot be removed.
@idempotent
@http(method: "POST", uri: "/DeleteAdConfiguration", code: 204)
operation DeleteAdConfiguration {
    input: DeleteAdConfigurationRequest
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ValidationException
    ]
}

/// Reads one ad configuration.
@readonly
@http(method: "POST", uri: "/GetAdConfiguration")
operation GetAdConfiguration {
    input: GetAdConfigurationRequest
    output: GetAdConfigurationResponse
    errors: [
        AccessDeniedException
        InternalServerException
        ResourceNotFoundException
        ValidationException
    ]
}

/// Starts an ad break of the given length in the live stream of a channel that has an ad
/// configuration.
@http(method: "POST", uri: "/InsertAdBreak")
operation InsertAdBreak {
    input: InsertAdBreakRequest
    output: InsertAdBreakResponse
    errors: [
        AccessDeniedException
        ChannelNotBroadcasting
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

/// Pages through short descriptions of the caller's ad configurations.
@readonly
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "adConfigurations", pageSize: "maxResults")
@http(method: "POST", uri: "/ListAdConfigurations")
operation ListAdConfigurations {
    input: ListAdConfigurationsRequest
    output: ListAdConfigurationsResponse
    errors: [
        AccessDeniedException
        InternalServerException
        ValidationException
    ]
}

/// Changes settings of an ad configuration; settings left out keep their values.
@idempotent
@http(method: "POST", uri: "/UpdateAdConfiguration")
operation UpdateAdConfiguration {
    input: UpdateAdConfigurationRequest
    output: UpdateAdConfigurationResponse
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        PendingVerification
        ResourceNotFoundException
        ServiceQuotaExceededException
        ThrottlingException
        ValidationException
    ]
}

// ---------------------------------------------------------------------------------------------
// Viewer session operations
// ---------------------------------------------------------------------------------------------

/// Ends the playback sessions of one viewer on one channel and keeps that viewer from resuming
/// with the same playback token.
@http(method: "POST", uri: "/StartViewerSessionRevocation")
operation StartViewerSessionRevocation {
    input: StartViewerSessionRevocationRequest
    output: StartViewerSessionRevocationResponse
    errors: [
        AccessDeniedException
        InternalServerException
        PendingVerification
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

/// Revokes the playback sessions of up to twenty viewers in one call. Entries that cannot be
/// revoked are reported one by one in `errors`; the call as a whole still succeeds.
@http(method: "POST", uri: "/BatchStartViewerSessionRevocation")
operation BatchStartViewerSessionRevocation {
    input: BatchStartViewerSessionRevocationRequest
    output: BatchStartViewerSessionRevocationResponse
    errors: [
        AccessDeniedException
        PendingVerification
        ThrottlingException
        ValidationException
    ]
}

// ---------------------------------------------------------------------------------------------
// Tag operations
// ---------------------------------------------------------------------------------------------

/// Reads every tag attached to a taggable resource.
@readonly
@http(method: "GET", uri: "/tags/{resourceArn}")
operation ListTagsForResource {
    input: ListTagsForResourceRequest
    output: ListTagsForResourceResponse
    errors: [
        InternalServerException
        ResourceNotFoundException
        ValidationException
    ]
}

/// Attaches tags to a taggable resource. Keys already present get the new value; other existing
/// tags are kept.
@idempotent
@http(method: "POST", uri: "/tags/{resourceArn}")
operation TagResource {
    input: TagResourceRequest
    output: TagResourceResponse
    errors: [
        InternalServerException
        ResourceNotFoundException
        ValidationException
    ]
}

/// Detaches the tags with the given keys from a taggable resource; keys that are not attached
/// are skipped silently.
@idempotent
@http(method: "DELETE", uri: "/tags/{resourceArn}")
operation UntagResource {
    input: UntagResourceRequest
    output: UntagResourceResponse
    errors: [
        InternalServerException
        ResourceNotFoundException
        ValidationException
    ]
}

// ---------------------------------------------------------------------------------------------
// Operation inputs and outputs: channels
// ---------------------------------------------------------------------------------------------

/// What BatchGetChannel asks for.
@input
structure BatchGetChannelRequest {
    /// The ARNs of the channels to look up.
    @required
    arns: ChannelArnList
}

/// What BatchGetChannel answers.
@output
structure BatchGetChannelResponse with [SecurityHeaders] {
    /// The channels that were found.
    channels: Channels

    /// One entry for each requested ARN that could not be served.
    errors: BatchErrors
}

/// What CreateChannel asks for; every setting is optional.
@input
structure CreateChannelRequest {
    /// A label for the new channel; it does not have to be unique.
    name: ChannelName

    /// How much delay viewers see; LOW when left out.
    latencyMode: ChannelLatencyMode

    /// The video quality tier of the channel; STANDARD when left out.
    type: ChannelType

    /// Whether viewers need a signed playback token to watch; false when left out.
    authorized: Boolean = false

    /// The recording configuration that stores the channel's broadcasts; an empty string or
    /// leaving it out means no recording.
    recordingConfigurationArn: ChannelRecordingConfigurationArn

    /// Tags to attach to the new channel.
    tags: Tags

    /// Whether broadcasters may also send unencrypted RTMP; false when left out.
    insecureIngest: Boolean = false

    /// How an ADVANCED_SD or ADVANCED_HD channel spends its bandwidth; only those types take it.
    preset: TranscodePreset

    /// The playback restriction policy that limits where the channel can be watched; an empty
    /// string or leaving it out means no restriction.
    playbackRestrictionPolicyArn: ChannelPlaybackRestrictionPolicyArn

    /// Whether and how the channel accepts several video renditions from the broadcaster.
    multitrackInputConfiguration: MultitrackInputConfiguration

    /// The media container of the channel's output; TS when left out.
    containerFormat: ContainerFormat

    /// The ad configuration that serves ads into the channel; an empty string or leaving it out
    /// means no ads.
    adConfigurationArn: ChannelAdConfigurationArn
}

/// What CreateChannel answers.
@output
structure CreateChannelResponse {
    /// The channel that was made.
    channel: Channel

    /// The stream key that was made for the channel, with its secret value.
    streamKey: StreamKey
}

/// What DeleteChannel asks for.
@input
structure DeleteChannelRequest {
    /// The channel to remove.
    @required
    arn: ChannelArn
}

/// What GetChannel asks for.
@input
structure GetChannelRequest {
    /// The channel to read.
    @required
    arn: ChannelArn
}

/// What GetChannel answers.
@output
structure GetChannelResponse {
    /// The channel that was asked for.
    channel: Channel
}

/// What ListChannels asks for; at most one of the four filters may be given.
@input
structure ListChannelsRequest {
    /// When given, only channels whose name equals this value are listed.
    filterByName: ChannelName

    /// When given, only channels that use this recording configuration are listed.
    filterByRecordingConfigurationArn: ChannelRecordingConfigurationArn

    /// When given, only channels that use this playback restriction policy are listed.
    filterByPlaybackRestrictionPolicyArn: ChannelPlaybackRestrictionPolicyArn

    /// When given, only channels that use this ad configuration are listed.
    filterByAdConfigurationArn: ChannelAdConfigurationArn

    /// Where to resume: the `nextToken` of the previous page; left out for the first page.
    nextToken: PaginationToken

    /// The most channels to put on one page.
    maxResults: MaxChannelResults
}

/// What ListChannels answers.
@output
structure ListChannelsResponse {
    /// The channels on this page; an empty list when there are none.
    @required
    channels: ChannelList

    /// Present only when more channels follow; pass it back to get the next page.
    nextToken: PaginationToken
}

/// What UpdateChannel asks for; only `arn` is needed and other settings are changed only
/// when given.
@input
structure UpdateChannelRequest {
    /// The channel to change.
    @required
    arn: ChannelArn

    /// The new label of the channel.
    name: ChannelName

    /// The new latency mode.
    latencyMode: ChannelLatencyMode

    /// The new video quality tier.
    type: ChannelType

    /// Whether viewers will need a signed playback token to watch.
    authorized: Boolean

    /// The recording configuration to use from now on; an empty string stops recording.
    recordingConfigurationArn: ChannelRecordingConfigurationArn

    /// Whether broadcasters may also send unencrypted RTMP.
    insecureIngest: Boolean

    /// The new bandwidth preset of an ADVANCED_SD or ADVANCED_HD channel.
    preset: TranscodePreset

    /// The playback restriction policy to use from now on; an empty string lifts the restriction.
    playbackRestrictionPolicyArn: ChannelPlaybackRestrictionPolicyArn

    /// The new multitrack input settings.
    multitrackInputConfiguration: MultitrackInputConfiguration

    /// The new media container of the channel's output.
    containerFormat: ContainerFormat

    /// The ad configuration to use from now on; an empty string stops ads.
    adConfigurationArn: ChannelAdConfigurationArn
}

/// What UpdateChannel answers.
@output
structure UpdateChannelResponse {
    /// The channel as it is after the change.
    channel: Channel
}

// ---------------------------------------------------------------------------------------------
// Operation inputs and outputs: stream keys
// ---------------------------------------------------------------------------------------------

/// What BatchGetStreamKey asks for.
@input
structure BatchGetStreamKeyRequest {
    /// The ARNs of the stream keys to look up.
    @required
    arns: StreamKeyArnList
}

/// What BatchGetStreamKey answers.
@output
structure BatchGetStreamKeyResponse with [SecurityHeaders] {
    /// The stream keys that were found, with their secret values.
    streamKeys: StreamKeys

    /// One entry for each requested ARN that could not be served.
    errors: BatchErrors
}

/// What CreateStreamKey asks for.
@input
structure CreateStreamKeyRequest {
    /// The channel that receives the new key.
    @required
    channelArn: ChannelArn

    /// Tags to attach to the new key.
    tags: Tags
}

/// What CreateStreamKey answers.
@output
structure CreateStreamKeyResponse {
    /// The stream key that was made, with its secret value.
    streamKey: StreamKey
}

/// What DeleteStreamKey asks for.
@input
structure DeleteStreamKeyRequest {
    /// The stream key to revoke.
    @required
    arn: StreamKeyArn
}

/// What GetStreamKey asks for.
@input
structure GetStreamKeyRequest {
    /// The stream key to read.
    @required
    arn: StreamKeyArn
}

/// What GetStreamKey answers.
@output
structure GetStreamKeyResponse {
    /// The stream key that was asked for, with its secret value.
    streamKey: StreamKey
}

/// What ListStreamKeys asks for.
@input
structure ListStreamKeysRequest {
    /// The channel whose stream keys are listed.
    @required
    channelArn: ChannelArn

    /// Where to resume: the `nextToken` of the previous page; left out for the first page.
    nextToken: PaginationToken

    /// The most stream keys to put on one page.
    maxResults: MaxStreamKeyResults
}

/// What ListStreamKeys answers.
@output
structure ListStreamKeysResponse {
    /// The stream keys on this page, without secrets; an empty list when there are none.
    @required
    streamKeys: StreamKeyList

    /// Present only when more stream keys follow; pass it back to get the next page.
    nextToken: PaginationToken
}

// ---------------------------------------------------------------------------------------------
// Operation inputs and outputs: streams and stream sessions
// ---------------------------------------------------------------------------------------------

/// What GetStream asks for.
@input
structure GetStreamRequest {
    /// The channel whose live stream is wanted.
    @required
    channelArn: ChannelArn
}

/// What GetStream answers.
@output
structure GetStreamResponse {
    /// The stream that is live on the channel.
    stream: Stream
}

/// What GetStreamSession asks for.
@input
structure GetStreamSessionRequest {
    /// The channel whose broadcast is read.
    @required
    channelArn: ChannelArn

    /// The broadcast to read; the channel's most recent one when left out.
    streamId: StreamId
}

/// What GetStreamSession answers.
@output
structure GetStreamSessionResponse {
    /// The broadcast that was asked for.
    streamSession: StreamSession
}

/// What ListStreams asks for.
@input
structure ListStreamsRequest {
    /// When given, only streams that match it are listed.
    filterBy: StreamFilters

    /// Where to resume: the `nextToken` of the previous page; left out for the first page.
    nextToken: PaginationToken

    /// The most streams to put on one page.
    maxResults: MaxStreamResults
}

/// What ListStreams answers.
@output
structure ListStreamsResponse {
    /// The live streams on this page; an empty list when nothing is live.
    @required
    streams: StreamList

    /// Present only when more streams follow; pass it back to get the next page.
    nextToken: PaginationToken
}

/// What ListStreamSessions asks for.
@input
structure ListStreamSessionsRequest {
    /// The channel whose broadcasts are listed.
    @required
    channelArn: ChannelArn

    /// Where to resume: the `nextToken` of the previous page; left out for the first page.
    nextToken: PaginationToken

    /// The most broadcasts to put on one page.
    maxResults: MaxStreamResults
}

/// What ListStreamSessions answers.
@output
structure ListStreamSessionsResponse {
    /// The broadcasts on this page; an empty list when the channel never went live.
    @required
    streamSessions: StreamSessionList

    /// Present only when more broadcasts follow; pass it back to get the next page.
    nextToken: PaginationToken
}

/// What PutMetadata asks for.
@input
structure PutMetadataRequest {
    /// The channel whose live stream receives the metadata.
    @required
    channelArn: ChannelArn

    /// The text to insert into the stream.
    @required
    metadata: StreamMetadata
}

/// What StopStream asks for.
@input
structure StopStreamRequest {
    /// The channel whose live stream is cut off.
    @required
    channelArn: ChannelArn
}

/// What StopStream answers: an empty object.
@output
structure StopStreamResponse {}

// ---------------------------------------------------------------------------------------------
// Operation inputs and outputs: recording configurations
// ---------------------------------------------------------------------------------------------

/// What CreateRecordingConfiguration asks for.
@input
structure CreateRecordingConfigurationRequest {
    /// A label for the new recording configuration; it does not have to be unique.
    name: RecordingConfigurationName

    /// Where the recordings are written.
    @required
    destinationConfiguration: DestinationConfiguration

    /// Tags to attach to the new recording configuration.
    tags: Tags

    /// Whether and how often still images are taken from the broadcast; one every 60 seconds
    /// when left out.
    thumbnailConfiguration: ThumbnailConfiguration

    /// How long a broadcast may be interrupted and still be recorded as the same broadcast;
    /// 0 (never merged) when left out.
    recordingReconnectWindowSeconds: RecordingReconnectWindowSeconds = 0

    /// Which renditions of the broadcast are recorded; all of them when left out.
    renditionConfiguration: RenditionConfiguration
}

/// What CreateRecordingConfiguration answers.
@output
structure CreateRecordingConfigurationResponse {
    /// The recording configuration that was made.
    recordingConfiguration: RecordingConfiguration
}

/// What DeleteRecordingConfiguration asks for.
@input
structure DeleteRecordingConfigurationRequest {
    /// The recording configuration to remove.
    @required
    arn: RecordingConfigurationArn
}

/// What GetRecordingConfiguration asks for.
@input
structure GetRecordingConfigurationRequest {
    /// The recording configuration to read.
    @required
    arn: RecordingConfigurationArn
}

/// What GetRecordingConfiguration answers.
@output
structure GetRecordingConfigurationResponse {
    /// The recording configuration that was asked for.
    recordingConfiguration: RecordingConfiguration
}

/// What ListRecordingConfigurations asks for.
@input
structure ListRecordingConfigurationsRequest {
    /// Where to resume: the `nextToken` of the previous page; left out for the first page.
    nextToken: PaginationToken

    /// The most recording configurations to put on one page.
    maxResults: MaxRecordingConfigurationResults
}

/// What ListRecordingConfigurations answers.
@output
structure ListRecordingConfigurationsResponse {
    /// The recording configurations on this page; an empty list when there are none.
    @required
    recordingConfigurations: RecordingConfigurationList

    /// Present only when more recording configurations follow; pass it back to get the next page.
    nextToken: PaginationToken
}

// ---------------------------------------------------------------------------------------------
// Operation inputs and outputs: playback key pairs
// ---------------------------------------------------------------------------------------------

/// What DeletePlaybackKeyPair asks for.
@input
structure DeletePlaybackKeyPairRequest {
    /// The key pair to remove.
    @required
    arn: PlaybackKeyPairArn
}

/// What DeletePlaybackKeyPair answers: an empty object.
@output
structure DeletePlaybackKeyPairResponse {}

/// What GetPlaybackKeyPair asks for.
@input
structure GetPlaybackKeyPairRequest {
    /// The key pair to read.
    @required
    arn: PlaybackKeyPairArn
}

/// What GetPlaybackKeyPair answers.
@output
structure GetPlaybackKeyPairResponse {
    /// The key pair that was asked for.
    keyPair: PlaybackKeyPair
}

/// What ImportPlaybackKeyPair asks for.
@input
structure ImportPlaybackKeyPairRequest {
    /// The public key, PEM-encoded, whose private key signs the playback tokens.
    @required
    publicKeyMaterial: PlaybackPublicKeyMaterial

    /// A label for the key pair; it does not have to be unique.
    name: PlaybackKeyPairName

    /// Tags to attach to the key pair.
    tags: Tags
}

/// What ImportPlaybackKeyPair answers.
@output
structure ImportPlaybackKeyPairResponse {
    /// The key pair that was registered, with the fingerprint of its public key.
    keyPair: PlaybackKeyPair
}

/// What ListPlaybackKeyPairs asks for.
@input
structure ListPlaybackKeyPairsRequest {
    /// Where to resume: the `nextToken` of the previous page; left out for the first page.
    nextToken: PaginationToken

    /// The most key pairs to put on one page.
    maxResults: MaxPlaybackKeyPairResults
}

/// What ListPlaybackKeyPairs answers.
@output
structure ListPlaybackKeyPairsResponse {
    /// The key pairs on this page; an empty list when there are none.
    @required
    keyPairs: PlaybackKeyPairList

    /// Present only when more key pairs follow; pass it back to get the next page.
    nextToken: PaginationToken
}

// ---------------------------------------------------------------------------------------------
// Operation inputs and outputs: playback restriction policies
// ---------------------------------------------------------------------------------------------

/// What CreatePlaybackRestrictionPolicy asks for; every setting is optional.
@input
structure CreatePlaybackRestrictionPolicyRequest {
    /// The countries viewers may watch from; an empty list or leaving it out allows every country.
    allowedCountries: PlaybackRestrictionPolicyAllowedCountryList

    /// The web origins players may run on; an empty list or leaving it out allows every origin.
    allowedOrigins: PlaybackRestrictionPolicyAllowedOriginList

    /// Whether the origin check also applies to playback tokens that would otherwise allow
    /// any origin; false when left out.
    enableStrictOriginEnforcement: PlaybackRestrictionPolicyEnableStrictOriginEnforcement

    /// A label for the policy; it does not have to be unique.
    name: PlaybackRestrictionPolicyName

    /// Tags to attach to the policy.
    tags: Tags
}

/// What CreatePlaybackRestrictionPolicy answers.
@output
structure CreatePlaybackRestrictionPolicyResponse {
    /// The policy that was made.
    playbackRestrictionPolicy: PlaybackRestrictionPolicy
}

/// What DeletePlaybackRestrictionPolicy asks for.
@input
structure DeletePlaybackRestrictionPolicyRequest {
    /// The policy to remove.
    @required
    arn: PlaybackRestrictionPolicyArn
}

/// What GetPlaybackRestrictionPolicy asks for.
@input
structure GetPlaybackRestrictionPolicyRequest {
    /// The policy to read.
    @required
    arn: PlaybackRestrictionPolicyArn
}

/// What GetPlaybackRestrictionPolicy answers.
@output
structure GetPlaybackRestrictionPolicyResponse {
    /// The policy that was asked for.
    playbackRestrictionPolicy: PlaybackRestrictionPolicy
}

/// What ListPlaybackRestrictionPolicies asks for.
@input
structure ListPlaybackRestrictionPoliciesRequest {
    /// Where to resume: the `nextToken` of the previous page; left out for the first page.
    nextToken: PaginationToken

    /// The most policies to put on one page.
    maxResults: MaxPlaybackRestrictionPolicyResults
}

/// What ListPlaybackRestrictionPolicies answers.
@output
structure ListPlaybackRestrictionPoliciesResponse {
    /// The policies on this page; an empty list when there are none.
    @required
    playbackRestrictionPolicies: PlaybackRestrictionPolicyList

    /// Present only when more policies follow; pass it back to get the next page.
    nextToken: PaginationToken
}

/// What UpdatePlaybackRestrictionPolicy asks for; only `arn` is needed.
@input
structure UpdatePlaybackRestrictionPolicyRequest {
    /// The policy to change.
    @required
    arn: PlaybackRestrictionPolicyArn

    /// The new list of countries viewers may watch from.
    allowedCountries: PlaybackRestrictionPolicyAllowedCountryList

    /// The new list of web origins players may run on.
    allowedOrigins: PlaybackRestrictionPolicyAllowedOriginList

    /// Whether the origin check is enforced strictly from now on.
    enableStrictOriginEnforcement: PlaybackRestrictionPolicyEnableStrictOriginEnforcement

    /// The new label of the policy.
    name: PlaybackRestrictionPolicyName
}

/// What UpdatePlaybackRestrictionPolicy answers.
@output
structure UpdatePlaybackRestrictionPolicyResponse {
    /// The policy as it is after the change.
    playbackRestrictionPolicy: PlaybackRestrictionPolicy
}

// ---------------------------------------------------------------------------------------------
// Operation inputs and outputs: ad configurations
// ---------------------------------------------------------------------------------------------

/// What CreateAdConfiguration asks for.
@input
structure CreateAdConfigurationRequest {
    /// A label for the ad configuration; empty when left out.
    name: AdConfigurationName

    /// The MediaTailor playback configurations to use; the first one is the default.
    @required
    mediaTailorPlaybackConfigurations: MediaTailorPlaybackConfigurationsList

    /// The ad break after each broadcast; switched off (with 15 seconds) when left out.
    postRollConfiguration: PostRollConfiguration

    /// Tags to attach to the ad configuration.
    tags: Tags
}

/// What CreateAdConfiguration answers.
@output
structure CreateAdConfigurationResponse {
    /// The ad configuration that was made.
    @required
    adConfiguration: AdConfiguration
}

/// What DeleteAdConfiguration asks for.
@input
structure DeleteAdConfigurationRequest {
    /// The ad configuration to remove.
    @required
    arn: AdConfigurationArn
}

/// What GetAdConfiguration asks for.
@input
structure GetAdConfigurationRequest {
    /// The ad configuration to read.
    @required
    arn: AdConfigurationArn
}

/// What GetAdConfiguration answers.
@output
structure GetAdConfigurationResponse {
    /// The ad configuration that was asked for.
    adConfiguration: AdConfiguration
}

/// What InsertAdBreak asks for.
@input
structure InsertAdBreakRequest {
    /// The channel whose live stream gets the ad break.
    @required
    channelArn: ChannelArn

    /// How long the ad break lasts, in seconds.
    @required
    durationSeconds: AdBreakDurationSeconds
}

/// What InsertAdBreak answers.
@output
structure InsertAdBreakResponse {
    /// The identifier given to the ad break.
    adBreakId: AdBreakId
}

/// What ListAdConfigurations asks for.
@input
structure ListAdConfigurationsRequest {
    /// Where to resume: the `nextToken` of the previous page; left out for the first page.
    nextToken: PaginationToken

    /// The most ad configurations to put on one page.
    maxResults: MaxAdConfigurationResults
}

/// What ListAdConfigurations answers.
@output
structure ListAdConfigurationsResponse {
    /// The ad configurations on this page; an empty list when there are none.
    @required
    adConfigurations: AdConfigurationList

    /// Present only when more ad configurations follow; pass it back to get the next page.
    nextToken: PaginationToken
}

/// What UpdateAdConfiguration asks for; only `arn` is needed.
@input
structure UpdateAdConfigurationRequest {
    /// The ad configuration to change.
    @required
    arn: AdConfigurationArn

    /// The new label of the ad configuration.
    name: AdConfigurationName

    /// The new MediaTailor playback configurations; the first one becomes the default.
    mediaTailorPlaybackConfigurations: MediaTailorPlaybackConfigurationsList

    /// The new post-broadcast ad break settings.
    postRollConfiguration: PostRollConfiguration
}

/// What UpdateAdConfiguration answers.
@output
structure UpdateAdConfigurationResponse {
    /// The ad configuration as it is after the change.
    @required
    adConfiguration: AdConfiguration
}

// ---------------------------------------------------------------------------------------------
// Operation inputs and outputs: viewer sessions
// ---------------------------------------------------------------------------------------------

/// What StartViewerSessionRevocation asks for.
@input
structure StartViewerSessionRevocationRequest {
    /// The channel the viewer watches.
    @required
    channelArn: ChannelArn

    /// The viewer, as named in the playback token that was given to them.
    @required
    viewerId: ViewerId

    /// Sessions whose version is at most this number are revoked; 0 (the default) revokes all.
    viewerSessionVersionsLessThanOrEqualTo: ViewerSessionVersion = 0
}

/// What StartViewerSessionRevocation answers: an empty object.
@output
structure StartViewerSessionRevocationResponse {}

/// What BatchStartViewerSessionRevocation asks for.
@input
structure BatchStartViewerSessionRevocationRequest {
    /// The viewer sessions to revoke: one to twenty entries.
    @required
    viewerSessions: BatchStartViewerSessionRevocationViewerSessionList
}

/// What BatchStartViewerSessionRevocation answers.
@output
structure BatchStartViewerSessionRevocationResponse with [SecurityHeaders] {
    /// One entry for each requested revocation that could not be started.
    errors: BatchStartViewerSessionRevocationErrors
}

// ---------------------------------------------------------------------------------------------
// Operation inputs and outputs: tags
// ---------------------------------------------------------------------------------------------

/// What ListTagsForResource asks for.
@input
structure ListTagsForResourceRequest {
    /// The resource whose tags are read, percent-encoded into the request path.
    @required
    @httpLabel
    resourceArn: ResourceArn
}

/// What ListTagsForResource answers.
@output
structure ListTagsForResourceResponse {
    /// Every tag on the resource; an empty map when it has none.
    @required
    tags: Tags
}

/// What TagResource asks for.
@input
structure TagResourceRequest {
    /// The resource that receives the tags, percent-encoded into the request path.
    @required
    @httpLabel
    resourceArn: ResourceArn

    /// The tags to add or overwrite.
    @required
    tags: Tags
}

/// What TagResource answers: an empty object.
@output
structure TagResourceResponse {}

/// What UntagResource asks for.
@input
structure UntagResourceRequest {
    /// The resource that loses the tags, percent-encoded into the request path.
    @required
    @httpLabel
    resourceArn: ResourceArn

    /// The keys of the tags to remove, each sent as its own `tagKeys` query parameter.
    @required
    @httpQuery("tagKeys")
    tagKeys: TagKeyList
}

/// What UntagResource answers: an empty object.
@output
structure UntagResourceResponse {}

// ---------------------------------------------------------------------------------------------
// Response headers
// ---------------------------------------------------------------------------------------------

/// The security and CORS headers that the service sets on some answers; SDKs expose them as
/// output members. Every member is optional and plain text, exactly as sent.
@mixin
structure SecurityHeaders {
    /// The origins a browser may share the answer with.
    @httpHeader("Access-Control-Allow-Origin")
    accessControlAllowOrigin: String

    /// The answer headers a browser script may read.
    @httpHeader("Access-Control-Expose-Headers")
    accessControlExposeHeaders: String

    /// How caches may keep the answer.
    @httpHeader("Cache-Control")
    cacheControl: String

    /// What content a browser may load along with the answer.
    @httpHeader("Content-Security-Policy")
    contentSecurityPolicy: String

    /// How long a browser must reach the service over HTTPS only.
    @httpHeader("Strict-Transport-Security")
    strictTransportSecurity: String

    /// Tells browsers not to guess the media type of the answer.
    @httpHeader("X-Content-Type-Options")
    xContentTypeOptions: String

    /// Whether the answer may be shown inside a frame.
    @httpHeader("X-Frame-Options")
    xFrameOptions: String
}

/// The header that names an error's shape, which SDKs expose as a member of every error.
@mixin
structure ErrorTypeHeader {
    /// The name of the error shape, such as `ResourceNotFoundException`.
    @httpHeader("x-amzn-ErrorType")
    xAmznErrorType: String
}

// ---------------------------------------------------------------------------------------------
// Channels and stream keys as they appear in responses
// ---------------------------------------------------------------------------------------------

/// Everything known about a channel, the unit that one broadcaster streams into and viewers
/// watch from.
structure Channel {
    /// The identifier of the channel.
    arn: ChannelArn

    /// The label given to the channel; empty when none was given.
    name: ChannelName

    /// How much delay viewers see.
    latencyMode: ChannelLatencyMode

    /// The video quality tier of the channel.
    type: ChannelType

    /// The recording configuration in use; an empty string when the channel is not recorded.
    recordingConfigurationArn: ChannelRecordingConfigurationArn

    /// The host name that broadcasting software sends video to.
    ingestEndpoint: IngestEndpoint

    /// Where players fetch the channel's video from.
    playbackUrl: PlaybackURL

    /// Whether viewers need a signed playback token to watch.
    authorized: IsAuthorized = false

    /// The tags on the channel.
    tags: Tags

    /// Whether broadcasters may also send unencrypted RTMP.
    insecureIngest: InsecureIngest = false

    /// The bandwidth preset of an ADVANCED_SD or ADVANCED_HD channel; absent for other types.
    preset: TranscodePreset

    /// Where and how to send video over SRT instead of RTMPS.
    srt: Srt

    /// The playback restriction policy in use; an empty string when there is none.
    playbackRestrictionPolicyArn: ChannelPlaybackRestrictionPolicyArn

    /// Whether and how the channel accepts several video renditions from the broadcaster.
    multitrackInputConfiguration: MultitrackInputConfiguration

    /// The media container of the channel's output.
    containerFormat: ContainerFormat

    /// The ad configuration in use; an empty string when there is none.
    adConfigurationArn: ChannelAdConfigurationArn
}

/// The short form of a channel used in lists.
structure ChannelSummary {
    /// The identifier of the channel.
    arn: ChannelArn

    /// The label given to the channel; empty when none was given.
    name: ChannelName

    /// How much delay viewers see.
    latencyMode: ChannelLatencyMode

    /// Whether viewers need a signed playback token to watch.
    authorized: IsAuthorized = false

    /// The recording configuration in use; an empty string when the channel is not recorded.
    recordingConfigurationArn: ChannelRecordingConfigurationArn

    /// The tags on the channel.
    tags: Tags

    /// Whether broadcasters may also send unencrypted RTMP.
    insecureIngest: InsecureIngest = false

    /// The video quality tier of the channel.
    type: ChannelType

    /// The bandwidth preset of an ADVANCED_SD or ADVANCED_HD channel; absent for other types.
    preset: TranscodePreset

    /// The playback restriction policy in use; an empty string when there is none.
    playbackRestrictionPolicyArn: ChannelPlaybackRestrictionPolicyArn

    /// The ad configuration in use; an empty string when there is none.
    adConfigurationArn: ChannelAdConfigurationArn
}

/// How a channel takes video over SRT, the alternative to RTMPS ingest.
structure Srt {
    /// The address that SRT broadcasting software connects to.
    endpoint: SrtEndpoint

    /// The secret that encrypts the SRT connection; absent when the channel allows insecure
    /// ingest.
    passphrase: SrtPassphrase
}

/// How a channel takes several renditions of the same video from the broadcaster at once.
/// Only STANDARD channels can switch it on, and then `policy`, `maximumResolution` and a
/// `containerFormat` of FRAGMENTED_MP4 are needed too.
structure MultitrackInputConfiguration {
    /// Whether multitrack input is on.
    enabled: IsMultitrackInputEnabled = false

    /// Whether broadcasters may or must send several renditions.
    policy: MultitrackPolicy

    /// The highest resolution a broadcaster may send.
    maximumResolution: MultitrackMaximumResolution
}

/// A credential that lets a broadcaster send video into one channel.
structure StreamKey {
    /// The identifier of the stream key.
    arn: StreamKeyArn

    /// The secret that broadcasting software presents when it connects.
    value: StreamKeyValue

    /// The channel this key sends video into.
    channelArn: ChannelArn

    /// The tags on the stream key.
    tags: Tags
}

/// The short form of a stream key used in lists; it never carries the secret.
structure StreamKeySummary {
    /// The identifier of the stream key.
    arn: StreamKeyArn

    /// The channel this key sends video into.
    channelArn: ChannelArn

    /// The tags on the stream key.
    tags: Tags
}

/// Why one ARN of a batch request could not be served.
structure BatchError {
    /// The ARN from the request that failed.
    arn: ResourceArn

    /// A short machine-readable reason, such as the name of the matching error shape.
    code: errorCode

    /// A sentence for people explaining the failure.
    message: errorMessage
}

// ---------------------------------------------------------------------------------------------
// Streams and stream sessions
// ---------------------------------------------------------------------------------------------

/// A broadcast that is in progress on a channel.
structure Stream {
    /// The channel being broadcast.
    channelArn: ChannelArn

    /// The identifier of this broadcast.
    streamId: StreamId

    /// Where players fetch the video of this broadcast from.
    playbackUrl: PlaybackURL

    /// When the broadcast began.
    startTime: StreamStartTime

    /// Whether the broadcast is on air.
    state: StreamState

    /// How well the incoming video is arriving.
    health: StreamHealth

    /// How many people are watching, roughly; -1 when the count could not be had in time.
    viewerCount: StreamViewerCount = 0
}

/// The short form of a live stream used in lists.
structure StreamSummary {
    /// The channel being broadcast.
    channelArn: ChannelArn

    /// The identifier of this broadcast.
    streamId: StreamId

    /// Whether the broadcast is on air.
    state: StreamState

    /// How well the incoming video is arriving.
    health: StreamHealth

    /// How many people are watching, roughly.
    viewerCount: StreamViewerCount = 0

    /// When the broadcast began.
    startTime: StreamStartTime
}

/// The conditions a live stream must meet to be listed by ListStreams.
structure StreamFilters {
    /// Only streams in this health are listed.
    health: StreamHealth
}

/// The record of one broadcast of a channel, kept after it ends.
structure StreamSession {
    /// The identifier of the broadcast.
    streamId: StreamId

    /// When the broadcast began.
    startTime: Time

    /// When the broadcast ended; absent while it is still live.
    endTime: Time

    /// The channel as it was set up when the broadcast began.
    channel: Channel

    /// The encoder settings seen at ingest, for a single-track broadcast.
    ingestConfiguration: IngestConfiguration

    /// The encoder settings seen at ingest, one entry per track.
    ingestConfigurations: IngestConfigurations

    /// The recording configuration in force during the broadcast, if any.
    recordingConfiguration: RecordingConfiguration

    /// The events of the broadcast, most recent first; only the latest 500 are kept.
    truncatedEvents: StreamEvents
}

/// The short form of a broadcast used in lists.
structure StreamSessionSummary {
    /// The identifier of the broadcast.
    streamId: StreamId

    /// When the broadcast began.
    startTime: Time

    /// When the broadcast ended; absent while it is still live.
    endTime: Time

    /// Whether any event of the broadcast reported a failure.
    hasErrorEvent: Boolean = false
}

/// Something that happened during a broadcast, such as the session starting or a recording
/// ending.
structure StreamEvent {
    /// What happened, in words, such as `Session Created`.
    name: String

    /// The family of the event, such as `IVS Stream State Change`.
    type: String

    /// When it happened.
    eventTime: Time

    /// A machine-readable reason for an error event; absent for other events.
    code: String
}

/// The encoder settings of a single-track broadcast as seen at ingest.
structure IngestConfiguration {
    /// The video track.
    video: VideoConfiguration

    /// The audio track.
    audio: AudioConfiguration
}

/// The encoder settings of a broadcast as seen at ingest, track by track.
structure IngestConfigurations {
    /// One entry per video track.
    @required
    videoConfigurations: VideoConfigurationList

    /// One entry per audio track.
    @required
    audioConfigurations: AudioConfigurationList
}

/// The settings of one incoming video track.
structure VideoConfiguration {
    /// The H.264 profile the encoder reported.
    avcProfile: String

    /// The H.264 level the encoder reported.
    avcLevel: String

    /// The video codec, as the encoder reported it.
    codec: String

    /// The name of the broadcasting software.
    encoder: String

    /// The bit rate the encoder aims at, in bits per second.
    targetBitrate: Long = 0

    /// The frame rate the encoder aims at, in frames per second.
    targetFramerate: Long = 0

    /// The picture height in pixels.
    videoHeight: Long = 0

    /// The picture width in pixels.
    videoWidth: Long = 0

    /// The codec level the encoder reported.
    level: String

    /// The name of the track, such as `Track0`.
    track: String

    /// The codec profile the encoder reported.
    profile: String
}

/// The settings of one incoming audio track.
structure AudioConfiguration {
    /// The codec and its parameters.
    codec: String

    /// The bit rate the encoder aims at, in bits per second.
    targetBitrate: Long = 0

    /// The number of samples per second.
    sampleRate: Long = 0

    /// The number of audio channels.
    channels: Long = 0

    /// The name of the track, such as `Track0`.
    track: String
}

// ---------------------------------------------------------------------------------------------
// Recording configurations
// ---------------------------------------------------------------------------------------------

/// Everything known about a recording configuration: where broadcasts are stored and how.
structure RecordingConfiguration {
    /// The identifier of the recording configuration.
    @required
    arn: RecordingConfigurationArn

    /// The label given to it; empty when none was given.
    name: RecordingConfigurationName

    /// Where the recordings are written.
    @required
    destinationConfiguration: DestinationConfiguration

    /// Whether it can be used yet.
    @required
    state: RecordingConfigurationState

    /// The tags on the recording configuration.
    tags: Tags

    /// Whether and how often still images are taken from the broadcast.
    thumbnailConfiguration: ThumbnailConfiguration

    /// How long a broadcast may be interrupted and still be recorded as the same broadcast.
    recordingReconnectWindowSeconds: RecordingReconnectWindowSeconds = 0

    /// Which renditions of the broadcast are recorded.
    renditionConfiguration: RenditionConfiguration
}

/// The short form of a recording configuration used in lists.
structure RecordingConfigurationSummary {
    /// The identifier of the recording configuration.
    @required
    arn: RecordingConfigurationArn

    /// The label given to it; empty when none was given.
    name: RecordingConfigurationName

    /// Where the recordings are written.
    @required
    destinationConfiguration: DestinationConfiguration

    /// Whether it can be used yet.
    @required
    state: RecordingConfigurationState

    /// The tags on the recording configuration.
    tags: Tags
}

/// Where recordings go; today the only kind of destination is an S3 bucket.
structure DestinationConfiguration {
    /// The S3 bucket that receives the recordings.
    s3: S3DestinationConfiguration
}

/// An S3 bucket, in the same region as the recording configuration, that receives recordings.
structure S3DestinationConfiguration {
    /// The name of the bucket.
    @required
    bucketName: S3DestinationBucketName
}

/// How still images are taken from a recorded broadcast.
structure ThumbnailConfiguration {
    /// Whether images are taken at all; INTERVAL when left out.
    recordingMode: RecordingMode

    /// Seconds between two images; 60 when left out.
    targetIntervalSeconds: TargetIntervalSeconds

    /// The size of the images; the channel's own resolution when left out.
    resolution: ThumbnailConfigurationResolution

    /// Whether every image is kept, only the latest one, or both; SEQUENTIAL when left out.
    storage: ThumbnailConfigurationStorageList
}

/// Which renditions of a broadcast are recorded.
structure RenditionConfiguration {
    /// Whether all, none or a chosen set of renditions is recorded; ALL when left out.
    renditionSelection: RenditionConfigurationRenditionSelection

    /// The renditions to record when the selection is CUSTOM.
    renditions: RenditionConfigurationRenditionList
}

// ---------------------------------------------------------------------------------------------
// Playback key pairs and restriction policies
// ---------------------------------------------------------------------------------------------

/// A registered public key that checks the signatures of playback tokens.
structure PlaybackKeyPair {
    /// The identifier of the key pair.
    arn: PlaybackKeyPairArn

    /// The label given to the key pair; empty when none was given.
    name: PlaybackKeyPairName

    /// A digest of the public key that identifies it.
    fingerprint: PlaybackKeyPairFingerprint

    /// The tags on the key pair.
    tags: Tags
}

/// The short form of a playback key pair used in lists.
structure PlaybackKeyPairSummary {
    /// The identifier of the key pair.
    arn: PlaybackKeyPairArn

    /// The label given to the key pair; empty when none was given.
    name: PlaybackKeyPairName

    /// The tags on the key pair.
    tags: Tags
}

/// Limits where the video of the channels that use it can be watched.
structure PlaybackRestrictionPolicy {
    /// The identifier of the policy.
    @required
    arn: PlaybackRestrictionPolicyArn

    /// The countries viewers may watch from, as ISO 3166 alpha-2 codes; empty means every country.
    @required
    allowedCountries: PlaybackRestrictionPolicyAllowedCountryList

    /// The web origins players may run on; empty means every origin.
    @required
    allowedOrigins: PlaybackRestrictionPolicyAllowedOriginList

    /// Whether the origin check is enforced strictly.
    enableStrictOriginEnforcement: PlaybackRestrictionPolicyEnableStrictOriginEnforcement

    /// The label given to the policy; empty when none was given.
    name: PlaybackRestrictionPolicyName

    /// The tags on the policy.
    tags: Tags
}

/// The short form of a playback restriction policy used in lists.
structure PlaybackRestrictionPolicySummary {
    /// The identifier of the policy.
    @required
    arn: PlaybackRestrictionPolicyArn

    /// The countries viewers may watch from.
    @required
    allowedCountries: PlaybackRestrictionPolicyAllowedCountryList

    /// The web origins players may run on.
    @required
    allowedOrigins: PlaybackRestrictionPolicyAllowedOriginList

    /// Whether the origin check is enforced strictly.
    enableStrictOriginEnforcement: PlaybackRestrictionPolicyEnableStrictOriginEnforcement

    /// The label given to the policy; empty when none was given.
    name: PlaybackRestrictionPolicyName

    /// The tags on the policy.
    tags: Tags
}

// ---------------------------------------------------------------------------------------------
// Ad configurations
// ---------------------------------------------------------------------------------------------

/// Everything known about an ad configuration: where ads come from and whether an ad break
/// follows each broadcast.
structure AdConfiguration {
    /// The identifier of the ad configuration.
    @required
    arn: AdConfigurationArn

    /// The label given to it; empty when none was given.
    name: AdConfigurationName

    /// The MediaTailor playback configurations that serve ads; the first one is the default.
    @required
    mediaTailorPlaybackConfigurations: MediaTailorPlaybackConfigurationsList

    /// The ad break after each broadcast.
    postRollConfiguration: PostRollConfiguration

    /// The tags on the ad configuration.
    tags: Tags
}

/// The short form of an ad configuration used in lists.
structure AdConfigurationSummary {
    /// The identifier of the ad configuration.
    @required
    arn: AdConfigurationArn

    /// The label given to it; empty when none was given.
    name: AdConfigurationName

    /// The MediaTailor playback configurations that serve ads; the first one is the default.
    @required
    mediaTailorPlaybackConfigurations: MediaTailorPlaybackConfigurationsList

    /// The ad break after each broadcast.
    postRollConfiguration: PostRollConfiguration

    /// The tags on the ad configuration.
    tags: Tags
}

/// One AWS Elemental MediaTailor playback configuration, in the same account and region, that
/// serves ads.
structure MediaTailorPlaybackConfiguration {
    /// The ARN of the MediaTailor playback configuration.
    playbackConfigurationArn: MediaTailorPlaybackConfigurationArn
}

/// The ad break that follows the end of each broadcast.
structure PostRollConfiguration {
    /// How long the ad break lasts, in seconds.
    @required
    durationSeconds: PostRollDurationSeconds

    /// Whether the ad break happens at all.
    @required
    enabled: Boolean
}

// ---------------------------------------------------------------------------------------------
// Viewer sessions
// ---------------------------------------------------------------------------------------------

/// One viewer whose playback sessions on one channel are to be revoked.
structure BatchStartViewerSessionRevocationViewerSession {
    /// The channel the viewer watches.
    @required
    channelArn: ChannelArn

    /// The viewer, as named in the playback token that was given to them.
    @required
    viewerId: ViewerId

    /// Sessions whose version is at most this number are revoked; 0 (the default) revokes all.
    viewerSessionVersionsLessThanOrEqualTo: ViewerSessionVersion = 0
}

/// Why one entry of a batch revocation could not be started.
structure BatchStartViewerSessionRevocationError {
    /// The channel of the failed entry.
    @required
    channelArn: ChannelArn

    /// The viewer of the failed entry.
    @required
    viewerId: ViewerId

    /// A short machine-readable reason, such as the name of the matching error shape.
    code: errorCode

    /// A sentence for people explaining the failure.
    message: errorMessage
}

// ---------------------------------------------------------------------------------------------
// Lists and maps
// ---------------------------------------------------------------------------------------------

/// The channel ARNs of a batch request: one to fifty of them.
@length(min: 1, max: 50)
list ChannelArnList {
    /// One channel ARN.
    member: ChannelArn
}

/// The stream key ARNs of a batch request: one to fifty of them.
@length(min: 1, max: 50)
list StreamKeyArnList {
    /// One stream key ARN.
    member: StreamKeyArn
}

/// Full channel descriptions.
list Channels {
    /// One channel.
    member: Channel
}

/// Short channel descriptions.
list ChannelList {
    /// One channel summary.
    member: ChannelSummary
}

/// Full stream key descriptions.
list StreamKeys {
    /// One stream key.
    member: StreamKey
}

/// Short stream key descriptions.
list StreamKeyList {
    /// One stream key summary.
    member: StreamKeySummary
}

/// Short descriptions of live streams.
list StreamList {
    /// One stream summary.
    member: StreamSummary
}

/// Short descriptions of broadcasts.
list StreamSessionList {
    /// One broadcast summary.
    member: StreamSessionSummary
}

/// The latest events of a broadcast: at most 500 of them.
@length(max: 500)
list StreamEvents {
    /// One event.
    member: StreamEvent
}

/// The incoming video tracks of a broadcast.
list VideoConfigurationList {
    /// One video track.
    member: VideoConfiguration
}

/// The incoming audio tracks of a broadcast.
list AudioConfigurationList {
    /// One audio track.
    member: AudioConfiguration
}

/// Short descriptions of recording configurations.
list RecordingConfigurationList {
    /// One recording configuration summary.
    member: RecordingConfigurationSummary
}

/// Where still images are kept: every image, the latest only, or both.
list ThumbnailConfigurationStorageList {
    /// One way of keeping images.
    member: ThumbnailConfigurationStorage
}

/// The renditions to record.
list RenditionConfigurationRenditionList {
    /// One rendition.
    member: RenditionConfigurationRendition
}

/// Short descriptions of playback key pairs.
list PlaybackKeyPairList {
    /// One key pair summary.
    member: PlaybackKeyPairSummary
}

/// Short descriptions of playback restriction policies.
list PlaybackRestrictionPolicyList {
    /// One policy summary.
    member: PlaybackRestrictionPolicySummary
}

/// The countries of a playback restriction policy.
list PlaybackRestrictionPolicyAllowedCountryList {
    /// One country code.
    member: PlaybackRestrictionPolicyAllowedCountry
}

/// The web origins of a playback restriction policy.
list PlaybackRestrictionPolicyAllowedOriginList {
    /// One origin.
    member: PlaybackRestrictionPolicyAllowedOrigin
}

/// Short descriptions of ad configurations.
list AdConfigurationList {
    /// One ad configuration summary.
    member: AdConfigurationSummary
}

/// The MediaTailor playback configurations of an ad configuration: one to three of them.
@length(min: 1, max: 3)
list MediaTailorPlaybackConfigurationsList {
    /// One MediaTailor playback configuration.
    member: MediaTailorPlaybackConfiguration
}

/// The viewer sessions of a batch revocation: one to twenty of them.
@length(min: 1, max: 20)
list BatchStartViewerSessionRevocationViewerSessionList {
    /// One viewer session.
    member: BatchStartViewerSessionRevocationViewerSession
}

/// The failures of a batch revocation, one per entry that could not be started.
list BatchStartViewerSessionRevocationErrors {
    /// One failure.
    member: BatchStartViewerSessionRevocationError
}

/// The failures of a batch request, one per ARN that could not be served.
list BatchErrors {
    /// One failure.
    member: BatchError
}

/// Tag keys to remove: up to fifty of them.
@length(min: 0, max: 50)
list TagKeyList {
    /// One tag key.
    member: TagKey
}

/// Free-form key/value labels on a resource: up to fifty pairs.
@length(min: 0, max: 50)
map Tags {
    /// The name of the tag.
    key: TagKey

    /// The value of the tag.
    value: TagValue
}

// ---------------------------------------------------------------------------------------------
// Simple shapes
// ---------------------------------------------------------------------------------------------

/// The ARN of a channel, such as `arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh`.
@length(min: 1, max: 128)
@pattern("^arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+$")
string ChannelArn

/// The ARN of a stream key, such as `arn:aws:ivs:us-west-2:123456789012:stream-key/g1H2I3j4k5L6`.
@length(min: 1, max: 128)
@pattern("^arn:aws:ivs:[a-z0-9-]+:[0-9]+:stream-key/[a-zA-Z0-9-]+$")
string StreamKeyArn

/// The ARN of a recording configuration.
@length(min: 0, max: 128)
@pattern("^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$")
string RecordingConfigurationArn

/// The ARN of a playback key pair.
@length(min: 1, max: 128)
@pattern("^arn:aws:ivs:[a-z0-9-]+:[0-9]+:playback-key/[a-zA-Z0-9-]+$")
string PlaybackKeyPairArn

/// The ARN of a playback restriction policy.
@length(min: 1, max: 128)
@pattern("^arn:aws:ivs:[a-z0-9-]+:[0-9]+:playback-restriction-policy/[a-zA-Z0-9-]+$")
string PlaybackRestrictionPolicyArn

/// The ARN of an ad configuration.
@length(min: 0, max: 128)
@pattern("^arn:aws:ivs:[a-z0-9-]+:[0-9]+:ad-configuration/[a-zA-Z0-9-]+$")
string AdConfigurationArn

/// The recording configuration a channel uses, or an empty string for none.
@length(min: 0, max: 128)
@pattern("^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$")
string ChannelRecordingConfigurationArn

/// The playback restriction policy a channel uses, or an empty string for none.
@length(min: 0, max: 128)
@pattern("^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:playback-restriction-policy/[a-zA-Z0-9-]+$")
string ChannelPlaybackRestrictionPolicyArn

/// The ad configuration a channel uses, or an empty string for none.
@length(min: 0, max: 128)
@pattern("^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:ad-configuration/[a-zA-Z0-9-]+$")
string ChannelAdConfigurationArn

/// The ARN of an AWS Elemental MediaTailor playback configuration.
@length(min: 1, max: 2048)
string MediaTailorPlaybackConfigurationArn

/// The ARN of a taggable resource. It carries no pattern here; an ARN that names no existing
/// resource is answered as not found (see model/README.md).
@length(min: 1, max: 128)
string ResourceArn

/// A channel label made of ASCII letters, digits, hyphens and underscores; it may be empty.
@length(min: 0, max: 128)
@pattern("^[a-zA-Z0-9-_]*$")
string ChannelName

/// A recording configuration label made of ASCII letters, digits, hyphens and underscores.
@length(min: 0, max: 128)
@pattern("^[a-zA-Z0-9-_]*$")
string RecordingConfigurationName

/// A playback key pair label made of ASCII letters, digits, hyphens and underscores.
@length(min: 0, max: 128)
@pattern("^[a-zA-Z0-9-_]*$")
string PlaybackKeyPairName

/// A playback restriction policy label made of ASCII letters, digits, hyphens and underscores.
@length(min: 0, max: 128)
@pattern("^[a-zA-Z0-9-_]*$")
string PlaybackRestrictionPolicyName

/// An ad configuration label made of ASCII letters, digits, hyphens and underscores.
@length(min: 0, max: 128)
@pattern("^[a-zA-Z0-9-_]*$")
string AdConfigurationName

/// An opaque marker that says where the next page of a list begins.
@length(min: 0, max: 1024)
@pattern("^[a-zA-Z0-9+/=_-]*$")
string PaginationToken

/// The page size of ListChannels.
@range(min: 1, max: 100)
integer MaxChannelResults

/// The page size of ListStreamKeys.
@range(min: 1, max: 50)
integer MaxStreamKeyResults

/// The page size of ListStreams and ListStreamSessions.
@range(min: 1, max: 100)
integer MaxStreamResults

/// The page size of ListRecordingConfigurations.
@range(min: 1, max: 100)
integer MaxRecordingConfigurationResults

/// The page size of ListPlaybackKeyPairs.
@range(min: 1, max: 100)
integer MaxPlaybackKeyPairResults

/// The page size of ListPlaybackRestrictionPolicies.
@range(min: 1, max: 100)
integer MaxPlaybackRestrictionPolicyResults

/// The page size of ListAdConfigurations.
@range(min: 1, max: 100)
integer MaxAdConfigurationResults

/// The name part of a tag.
@length(min: 1, max: 128)
string TagKey

/// The value part of a tag; it may be empty.
@length(max: 256)
string TagValue

/// The host name that receives a channel's incoming video.
string IngestEndpoint

/// The HTTPS address of a channel's playback playlist.
string PlaybackURL

/// The address that SRT broadcasting software connects to.
string SrtEndpoint

/// The secret that encrypts a channel's SRT connection.
@sensitive
string SrtPassphrase

/// The secret of a stream key.
@sensitive
string StreamKeyValue

/// Text inserted into a live stream: at least one character and at most 1024 bytes once
/// encoded as UTF-8.
@sensitive
@length(min: 1)
@ivs.contract#byteLength(max: 1024)
string StreamMetadata

/// The identifier of one broadcast: `st-` followed by 23 letters and digits.
@length(min: 26, max: 26)
@pattern("^st-[a-zA-Z0-9]+$")
string StreamId

/// The moment a broadcast began, written as an RFC 3339 date-time string in UTC.
@timestampFormat("date-time")
timestamp StreamStartTime

/// A moment in the life of a broadcast, written as an RFC 3339 date-time string in UTC.
@timestampFormat("date-time")
timestamp Time

/// An approximate count of the people watching a stream.
@default(0)
long StreamViewerCount

/// Whether a channel needs signed playback tokens.
@default(false)
boolean IsAuthorized

/// Whether a channel also accepts unencrypted RTMP.
@default(false)
boolean InsecureIngest

/// Whether multitrack input is on for a channel.
boolean IsMultitrackInputEnabled

/// Whether a playback restriction policy checks origins strictly.
boolean PlaybackRestrictionPolicyEnableStrictOriginEnforcement

/// The name of an S3 bucket: 3 to 63 lower-case letters, digits, dots and hyphens.
@length(min: 3, max: 63)
@pattern("^[a-z0-9-.]+$")
string S3DestinationBucketName

/// How many seconds a broadcast may be interrupted and still be recorded as one: 0 to 300.
@range(min: 0, max: 300)
@default(0)
integer RecordingReconnectWindowSeconds

/// The seconds between two still images of a recording: 1 to 60.
@range(min: 1, max: 60)
long TargetIntervalSeconds

/// A public key in PEM form.
string PlaybackPublicKeyMaterial

/// A digest of a playback public key.
string PlaybackKeyPairFingerprint

/// A country in a playback restriction policy: an ISO 3166 alpha-2 code such as `DE`.
@length(min: 2, max: 2)
string PlaybackRestrictionPolicyAllowedCountry

/// A web origin in a playback restriction policy, such as `https://example.com`.
@length(min: 0, max: 128)
string PlaybackRestrictionPolicyAllowedOrigin

/// The viewer named in a playback token.
@length(min: 1, max: 40)
string ViewerId

/// A version number of a viewer's sessions, from the playback token; 0 or more.
@range(min: 0)
@default(0)
integer ViewerSessionVersion

/// How long an ad break lasts, in seconds: 1 to 300.
@range(min: 1, max: 300)
integer AdBreakDurationSeconds

/// How long the post-broadcast ad break lasts, in seconds: 1 to 300.
@range(min: 1, max: 300)
integer PostRollDurationSeconds

/// The identifier of an inserted ad break: twelve ASCII letters and digits.
@length(min: 12, max: 12)
@pattern("^[a-zA-Z0-9]+$")
string AdBreakId

/// The machine-readable reason in a batch failure.
string errorCode

/// A sentence for people that explains an error.
string errorMessage

// ---------------------------------------------------------------------------------------------
// Enums
// ---------------------------------------------------------------------------------------------

/// How much delay a channel adds between the broadcaster and the viewers.
enum ChannelLatencyMode {
    /// The usual delay of HTTP live streaming.
    NORMAL

    /// A shortened delay, for more interactive broadcasts.
    LOW
}

/// The video quality tier of a channel.
enum ChannelType {
    /// Video is passed through as sent, without transcoding; viewers get the input quality only.
    BASIC

    /// Video is transcoded into several renditions, up to 1080p and 8.5 Mbps.
    STANDARD

    /// Video is transcoded into renditions up to 480p, with the bandwidth preset of `preset`.
    ADVANCED_SD

    /// Video is transcoded into renditions up to 720p, with the bandwidth preset of `preset`.
    ADVANCED_HD
}

/// How an advanced channel balances picture quality against the viewers' bandwidth.
enum TranscodePreset {
    /// Renditions with higher bit rates, for viewers with good connections.
    HIGHER_BANDWIDTH_DELIVERY

    /// Renditions with lower bit rates, for viewers with poor connections.
    CONSTRAINED_BANDWIDTH_DELIVERY
}

/// The media container of a channel's output.
enum ContainerFormat {
    /// MPEG transport stream segments.
    TS

    /// Fragmented MP4 segments; needed for multitrack input.
    FRAGMENTED_MP4
}

/// Whether a multitrack channel lets or makes broadcasters send several renditions.
enum MultitrackPolicy {
    /// Broadcasters may send one rendition or several.
    ALLOW

    /// Broadcasters must send several renditions.
    REQUIRE
}

/// The highest resolution a multitrack broadcaster may send.
enum MultitrackMaximumResolution {
    /// Up to 480p.
    SD

    /// Up to 720p.
    HD

    /// Up to 1080p.
    FULL_HD
}

/// Whether a stream is on air.
enum StreamState {
    /// The stream is on air.
    LIVE

    /// The stream is not on air.
    OFFLINE
}

/// How well the incoming video of a stream is arriving.
enum StreamHealth {
    /// Video arrives steadily.
    HEALTHY

    /// Video arrives too slowly to keep the stream smooth.
    STARVING

    /// Not enough is known yet to judge.
    UNKNOWN
}

/// Where a recording configuration is in its life.
enum RecordingConfigurationState {
    /// It is being set up and cannot record yet.
    CREATING

    /// Setting it up failed; it will never record.
    CREATE_FAILED

    /// It is ready and records the broadcasts of the channels that use it.
    ACTIVE
}

/// Whether still images are taken from a recording.
enum RecordingMode {
    /// No images are taken.
    DISABLED

    /// An image is taken at a fixed interval.
    INTERVAL
}

/// The size of the still images taken from a recording.
enum ThumbnailConfigurationResolution {
    /// 480p.
    SD

    /// 720p.
    HD

    /// 1080p.
    FULL_HD

    /// The smallest rendition of the broadcast.
    LOWEST_RESOLUTION
}

/// How the still images of a recording are kept.
enum ThumbnailConfigurationStorage {
    /// Every image is kept, one file each.
    SEQUENTIAL

    /// Only the latest image is kept, overwritten each time.
    LATEST
}

/// Which renditions of a broadcast a recording configuration records.
enum RenditionConfigurationRenditionSelection {
    /// Every rendition.
    ALL

    /// No rendition.
    NONE

    /// The renditions listed in `renditions`.
    CUSTOM
}

/// One rendition size that can be chosen for recording.
enum RenditionConfigurationRendition {
    /// 480p.
    SD

    /// 720p.
    HD

    /// 1080p.
    FULL_HD

    /// The smallest rendition of the broadcast.
    LOWEST_RESOLUTION
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// The request broke a rule of the API: a required member is missing, or a value has the
/// wrong type, size, pattern or enum value.
@error("client")
@httpError(400)
structure ValidationException with [SecurityHeaders, ErrorTypeHeader] {
    /// What was wrong with the request.
    exceptionMessage: errorMessage
}

/// The caller is not allowed to perform this action.
@error("client")
@httpError(403)
structure AccessDeniedException with [SecurityHeaders, ErrorTypeHeader] {
    /// Why access was refused.
    exceptionMessage: errorMessage
}

/// The caller's account has not been verified yet, so it may not make or change resources.
@error("client")
@httpError(403)
structure PendingVerification with [SecurityHeaders, ErrorTypeHeader] {
    /// What the account still waits for.
    exceptionMessage: errorMessage
}

/// Doing this would go beyond a limit of the account, such as the one stream key per channel.
@error("client")
@httpError(402)
structure ServiceQuotaExceededException with [SecurityHeaders, ErrorTypeHeader] {
    /// Which limit would be exceeded.
    exceptionMessage: errorMessage
}

/// The request names a channel, stream key or other resource that does not exist.
@error("client")
@httpError(404)
structure ResourceNotFoundException with [SecurityHeaders, ErrorTypeHeader] {
    /// Which resource was not found.
    exceptionMessage: errorMessage
}

/// The channel has no live stream right now.
@error("client")
@httpError(404)
structure ChannelNotBroadcasting with [SecurityHeaders, ErrorTypeHeader] {
    /// Which channel is off the air.
    exceptionMessage: errorMessage
}

/// The resource is in a state that does not allow the change, such as a channel that is live
/// or a configuration that a channel still uses.
@error("client")
@httpError(409)
structure ConflictException with [SecurityHeaders, ErrorTypeHeader] {
    /// What the conflict is.
    exceptionMessage: errorMessage
}

/// The caller sent requests faster than allowed and should slow down.
@error("client")
@httpError(429)
structure ThrottlingException with [SecurityHeaders, ErrorTypeHeader] {
    /// Which rate limit was hit.
    exceptionMessage: errorMessage
}

/// The service failed while handling the request; trying again later may work.
@error("server")
@httpError(500)
structure InternalServerException with [SecurityHeaders, ErrorTypeHeader] {
    /// What went wrong, if known.
    exceptionMessage: errorMessage
}

/// The service cannot take the request at the moment; trying again later may work.
@error("server")
@httpError(503)
structure ServiceUnavailable with [SecurityHeaders, ErrorTypeHeader] {
    /// Why the service is unavailable.
    exceptionMessage: errorMessage
}

/// The stream cannot be reached at the moment; trying again later may work.
@error("server")
@httpError(503)
structure StreamUnavailable with [SecurityHeaders, ErrorTypeHeader] {
    /// Why the stream cannot be reached.
    exceptionMessage: errorMessage
}
