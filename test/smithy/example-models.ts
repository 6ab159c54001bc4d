/** A small restJson1 service in IDL: resources, inline I/O, mixins, pagination, errors and apply. */
export const STREAMING = `$version: "2"

namespace example.streaming

use aws.api#service
use aws.protocols#restJson1

/// Live video streaming.
@service(sdkId: "Streaming")
@restJson1
service Streaming {
    version: "2030-01-01"
    operations: [GetRoom, ListRooms]
    resources: [Room]
    errors: [Throttled]
}

resource Room {
    identifiers: { roomId: RoomId }
    read: GetRoom
}

@pattern("^[a-z]+$")
string RoomId

@readonly
@http(method: "GET", uri: "/rooms/{roomId}")
operation GetRoom {
    input := for Room {
        @required
        @httpLabel
        $roomId
    }
    output := {
        /// The room's display name.
        @required
        name: String

        capacity: Integer = 10
    }
    errors: [Missing]
}

@readonly
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "rooms")
@http(method: "GET", uri: "/rooms")
operation ListRooms {
    input := with [Paged] {}
    output := {
        nextToken: String
        rooms: RoomIds
    }
}

@mixin
structure Paged {
    @httpQuery("nextToken")
    nextToken: String
}

list RoomIds {
    member: RoomId
}

@error("client")
@httpError(404)
structure Missing {
    message: String
}

@error("server")
@retryable(throttling: true)
structure Throttled {}

apply Missing @documentation("No such room.")
`;

/** A model exercising the remaining constructs: metadata, enums, unions, maps, text blocks, apply blocks. */
export const CATALOG = `$version: "2"

metadata owners = ["video-team"]

namespace example.catalog

use example.streaming#RoomId

/// A catalog entry.
@references([{ resource: Shelf }])
structure Entry with [Stamped] {
    @required
    id: EntryId

    room: RoomId

    kind: Kind = "book"

    rating: Stars

    attributes: Attributes

    body: Body
}

@mixin
structure Stamped {
    @timestampFormat("date-time")
    createdAt: Timestamp
}

@length(min: 1, max: 64)
string EntryId

enum Kind {
    BOOK = "book"
    FILM = "film"
}

intEnum Stars {
    ONE = 1
    FIVE = 5
}

map Attributes {
    key: String
    value: AttributeValues
}

@uniqueItems
list AttributeValues {
    member: String
}

union Body {
    text: String
    blob: Blob
    empty: Unit
}

resource Shelf {
    identifiers: { shelfId: String }
    properties: { label: String }
}

@documentation("""
    Shelf view:
      - label
    """)
structure ShelfView for Shelf {
    $shelfId
    $label
}

apply Entry$rating {
    @documentation("Stars from one to five.")
    @deprecated(message: "Use reviews", since: "2030")
}
`;
