$version: "2"

namespace com.amazonaws.ivs

use aws.api#service
use aws.auth#sigv4
use aws.protocols#restJson1

/// The control-plane API of Amazon Interactive Video Service as first released: it manages
/// live-video channels, the secret stream keys that broadcasters use to push video into a
/// channel, the live streams themselves, and tags on channels and stream keys. Every call is a
/// JSON request over HTTPS signed with SigV4; resources are scoped to one account and region.
@title("Amazon Interactive Video Service")
@service(sdkId: "ivs", arnNamespace: "ivs", endpointPrefix: "ivs", cloudFormationName: "IVS")
@sigv4(name: "ivs")
@restJson1
service AmazonInteractiveVideoService {
    version: "2020-07-14"
    operations: [
        BatchGetChannel
        BatchGetStreamKey
        CreateChannel
        CreateStreamKey
        DeleteChannel
        DeleteStreamKey
        GetChannel
        GetStream
        GetStreamKey
        ListChannels
        ListStreamKeys
        ListStreams
        ListTagsForResource
        PutMetadata
        StopStream
        TagResource
        UntagResource
        UpdateChannel
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
        ValidationException
    ]
}

/// Makes a new channel and, in the same step, the one stream key that belongs to it.
@http(method: "POST", uri: "/CreateChannel")
operation CreateChannel {
    input: CreateChannelRequest
    output: CreateChannelResponse
    errors: [
        ValidationException
        AccessDeniedException
        ServiceQuotaExceededException
    ]
}

/// Removes a channel together with every stream key attached to it. A channel that is
/// broadcasting right now cannot be removed.
@idempotent
@http(method: "POST", uri: "/DeleteChannel", code: 204)
operation DeleteChannel {
    input: DeleteChannelRequest
    errors: [
        ValidationException
        AccessDeniedException
        ResourceNotFoundException
        ConflictException
    ]
}

/// Reads the full description of one channel.
@readonly
@http(method: "POST", uri: "/GetChannel")
operation GetChannel {
    input: GetChannelRequest
    output: GetChannelResponse
    errors: [
        ValidationException
        AccessDeniedException
        ResourceNotFoundException
    ]
}

/// Pages through short descriptions of the caller's channels, optionally keeping only those
/// with a given name.
@readonly
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "channels", pageSize: "maxResults")
@http(method: "POST", uri: "/ListChannels")
operation ListChannels {
    input: ListChannelsRequest
    output: ListChannelsResponse
    errors: [
        ValidationException
        AccessDeniedException
    ]
}

/// Changes the name, latency mode or type of an existing channel; settings left out of the
/// request keep their current values.
@idempotent
@http(method: "POST", uri: "/UpdateChannel")
operation UpdateChannel {
    input: UpdateChannelRequest
    output: UpdateChannelResponse
    errors: [
        ValidationException
        AccessDeniedException
        ResourceNotFoundException
        ConflictException
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
        ValidationException
        AccessDeniedException
        ResourceNotFoundException
        ServiceQuotaExceededException
    ]
}

/// Revokes a stream key so that nobody can broadcast with it any more; the channel stays.
@idempotent
@http(method: "POST", uri: "/DeleteStreamKey", code: 204)
operation DeleteStreamKey {
    input: DeleteStreamKeyRequest
    errors: [
        ValidationException
        AccessDeniedException
        ResourceNotFoundException
    ]
}

/// Reads one stream key, including its secret value.
@readonly
@http(method: "POST", uri: "/GetStreamKey")
operation GetStreamKey {
    input: GetStreamKeyRequest
    output: GetStreamKeyResponse
    errors: [
        ValidationException
        AccessDeniedException
        ResourceNotFoundException
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
        ValidationException
        AccessDeniedException
        ResourceNotFoundException
    ]
}

// ---------------------------------------------------------------------------------------------
// Stream operations
// ---------------------------------------------------------------------------------------------

/// Reads the stream that is live on a channel at this moment.
@readonly
@http(method: "POST", uri: "/GetStream")
operation GetStream {
    input: GetStreamRequest
    output: GetStreamResponse
    errors: [
        ResourceNotFoundException
        ValidationException
        AccessDeniedException
        ChannelNotBroadcasting
    ]
}

/// Pages through short descriptions of the streams that are live in the caller's account.
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

/// Inserts a small piece of timed metadata into the live stream of a channel, where players
/// can pick it up in sync with the video.
@http(method: "POST", uri: "/PutMetadata", code: 204)
operation PutMetadata {
    input: PutMetadataRequest
    errors: [
        ThrottlingException
        ResourceNotFoundException
        ChannelNotBroadcasting
        ValidationException
        AccessDeniedException
    ]
}

/// Cuts off the incoming video of a channel's live stream. Broadcasting software usually
/// reconnects on its own, so revoke the stream key first to keep the channel off the air.
@http(method: "POST", uri: "/StopStream")
operation StopStream {
    input: StopStreamRequest
    output: StopStreamResponse
    errors: [
        ResourceNotFoundException
        ChannelNotBroadcasting
        ValidationException
        AccessDeniedException
        StreamUnavailable
    ]
}

// ---------------------------------------------------------------------------------------------
// Tag operations
// ---------------------------------------------------------------------------------------------

/// Reads every tag attached to a channel or a stream key.
@readonly
@http(method: "GET", uri: "/tags/{resourceArn}")
operation ListTagsForResource {
    input: ListTagsForResourceRequest
    output: ListTagsForResourceResponse
    errors: [
        InternalServerException
        ValidationException
        ResourceNotFoundException
    ]
}

/// Attaches tags to a channel or a stream key. Keys already present get the new value; other
/// existing tags are kept.
@idempotent
@http(method: "POST", uri: "/tags/{resourceArn}")
operation TagResource {
    input: TagResourceRequest
    output: TagResourceResponse
    errors: [
        InternalServerException
        ValidationException
        ResourceNotFoundException
    ]
}

/// Detaches the tags with the given keys from a channel or a stream key; keys that are not
/// attached are skipped silently.
@idempotent
@http(method: "DELETE", uri: "/tags/{resourceArn}")
operation UntagResource {
    input: UntagResourceRequest
    output: UntagResourceResponse
    errors: [
        InternalServerException
        ValidationException
        ResourceNotFoundException
    ]
}

// ---------------------------------------------------------------------------------------------
// Operation inputs and outputs
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
structure BatchGetChannelResponse {
    /// The channels that were found.
    channels: Channels

    /// One entry for each requested ARN that could not be served.
    errors: BatchErrors
}

/// What BatchGetStreamKey asks for.
@input
structure BatchGetStreamKeyRequest {
    /// The ARNs of the stream keys to look up.
    @required
    arns: StreamKeyArnList
}

/// What BatchGetStreamKey answers.
@output
structure BatchGetStreamKeyResponse {
    /// The stream keys that were found, with their secret values.
    streamKeys: StreamKeys

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

    /// Tags to attach to the new channel.
    tags: Tags
}

/// What CreateChannel answers.
@output
structure CreateChannelResponse {
    /// The channel that was made.
    channel: Channel

    /// The stream key that was made for the channel, with its secret value.
    streamKey: StreamKey
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

/// What DeleteChannel asks for.
@input
structure DeleteChannelRequest {
    /// The channel to remove.
    @required
    arn: ChannelArn
}

/// What DeleteStreamKey asks for.
@input
structure DeleteStreamKeyRequest {
    /// The stream key to revoke.
    @required
    arn: StreamKeyArn
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

/// What ListChannels asks for.
@input
structure ListChannelsRequest {
    /// When given, only channels whose name equals this value are listed.
    filterByName: ChannelName

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

/// What ListStreams asks for.
@input
structure ListStreamsRequest {
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

/// What ListTagsForResource asks for.
@input
structure ListTagsForResourceRequest {
    /// The channel or stream key whose tags are read, percent-encoded into the request path.
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

/// What TagResource asks for.
@input
structure TagResourceRequest {
    /// The channel or stream key that receives the tags, percent-encoded into the request path.
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
    /// The channel or stream key that loses the tags, percent-encoded into the request path.
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
}

/// What UpdateChannel answers.
@output
structure UpdateChannelResponse {
    /// The channel as it is after the change.
    channel: Channel
}

// ---------------------------------------------------------------------------------------------
// Resources as they appear in responses
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

    /// The host name that broadcasting software sends video to.
    ingestEndpoint: IngestEndpoint

    /// Where players fetch the channel's video from.
    playbackUrl: PlaybackURL

    /// The tags on the channel.
    tags: Tags
}

/// The short form of a channel used in lists.
structure ChannelSummary {
    /// The identifier of the channel.
    arn: ChannelArn

    /// The label given to the channel; empty when none was given.
    name: ChannelName

    /// How much delay viewers see.
    latencyMode: ChannelLatencyMode

    /// The tags on the channel.
    tags: Tags
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

/// A broadcast that is in progress on a channel.
structure Stream {
    /// The channel being broadcast.
    channelArn: ChannelArn

    /// Where players fetch the video of this broadcast from.
    playbackUrl: PlaybackURL

    /// When the broadcast began.
    startTime: StreamStartTime

    /// Whether the broadcast is on air.
    state: StreamState

    /// How well the incoming video is arriving.
    health: StreamHealth

    /// How many people are watching, roughly.
    viewerCount: StreamViewerCount
}

/// The short form of a live stream used in lists.
structure StreamSummary {
    /// The channel being broadcast.
    channelArn: ChannelArn

    /// Whether the broadcast is on air.
    state: StreamState

    /// How well the incoming video is arriving.
    health: StreamHealth

    /// How many people are watching, roughly.
    viewerCount: StreamViewerCount

    /// When the broadcast began.
    startTime: StreamStartTime
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
@pattern("^arn:aws:[is]vs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+$")
string ChannelArn

/// The ARN of a stream key, such as `arn:aws:ivs:us-west-2:123456789012:stream-key/g1H2I3j4k5L6`.
@length(min: 1, max: 128)
@pattern("^arn:aws:[is]vs:[a-z0-9-]+:[0-9]+:stream-key/[a-zA-Z0-9-]+$")
string StreamKeyArn

/// The ARN of a taggable resource: a channel or a stream key. It carries no pattern here;
/// an ARN that names no existing resource is answered as not found (see model/README.md).
@length(min: 1, max: 128)
string ResourceArn

/// A channel label made of ASCII letters, digits, hyphens and underscores; it may be empty.
@length(min: 0, max: 128)
@pattern("^[a-zA-Z0-9-_]*$")
string ChannelName

/// An opaque marker that says where the next page of a list begins.
@length(min: 0, max: 500)
string PaginationToken

/// The page size of ListChannels.
@range(min: 1, max: 50)
integer MaxChannelResults

/// The page size of ListStreamKeys.
@range(min: 1, max: 50)
integer MaxStreamKeyResults

/// The page size of ListStreams.
@range(min: 1, max: 50)
integer MaxStreamResults

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

/// The secret of a stream key.
@sensitive
string StreamKeyValue

/// Text inserted into a live stream: at least one character and at most 1024 bytes once
/// encoded as UTF-8.
@sensitive
@length(min: 1)
@ivs.contract#byteLength(max: 1024)
string StreamMetadata

/// The moment a broadcast began, written as an RFC 3339 date-time string in UTC.
@timestampFormat("date-time")
timestamp StreamStartTime

/// An approximate count of the people watching a stream.
long StreamViewerCount

/// The machine-readable reason in a batch failure.
string errorCode

/// A sentence for people that explains an error.
string errorMessage

/// How much delay a channel adds between the broadcaster and the viewers.
enum ChannelLatencyMode {
    /// The usual delay of HTTP live streaming.
    NORMAL

    /// A shortened delay, for more interactive broadcasts.
    LOW
}

/// The video quality tier of a channel.
enum ChannelType {
    /// Video is passed through as sent, up to 480p and 1.5 Mbps.
    BASIC

    /// Video is transcoded into several renditions, up to 1080p and 8.5 Mbps.
    STANDARD
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

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// The request broke a rule of the API: a required member is missing, or a value has the
/// wrong type, size, pattern or enum value.
@error("client")
@httpError(400)
structure ValidationException {
    /// What was wrong with the request.
    exceptionMessage: errorMessage
}

/// The caller is not allowed to perform this action.
@error("client")
@httpError(403)
structure AccessDeniedException {
    /// Why access was refused.
    exceptionMessage: errorMessage
}

/// Doing this would go beyond a limit of the account, such as the one stream key per channel.
@error("client")
@httpError(402)
structure ServiceQuotaExceededException {
    /// Which limit would be exceeded.
    exceptionMessage: errorMessage
}

/// The request names a channel, stream key or other resource that does not exist.
@error("client")
@httpError(404)
structure ResourceNotFoundException {
    /// Which resource was not found.
    exceptionMessage: errorMessage
}

/// The channel has no live stream right now.
@error("client")
@httpError(404)
structure ChannelNotBroadcasting {
    /// Which channel is off the air.
    exceptionMessage: errorMessage
}

/// The resource is in a state that does not allow the change, such as a channel that is live.
@error("client")
@httpError(409)
structure ConflictException {
    /// What the conflict is.
    exceptionMessage: errorMessage
}

/// The caller sent requests faster than allowed and should slow down.
@error("client")
@httpError(429)
structure ThrottlingException {
    /// Which rate limit was hit.
    exceptionMessage: errorMessage
}

/// The service failed while handling the request; trying again later may work.
@error("server")
@httpError(500)
structure InternalServerException {
    /// What went wrong, if known.
    exceptionMessage: errorMessage
}

/// The stream cannot be reached at the moment; trying again later may work.
@error("server")
@httpError(503)
structure StreamUnavailable {
    /// Why the stream cannot be reached.
    exceptionMessage: errorMessage
}
