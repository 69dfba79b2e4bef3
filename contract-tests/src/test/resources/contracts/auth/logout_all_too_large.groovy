import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        logout-all takes no body, but a body larger than the server reads (1 MiB unless configured
        otherwise) still answers 413 payload_too_large before any of it is read, and every session
        stays as it is. The stub gives this answer to a body with a field longer than 1 MiB; the
        server these contracts are verified against reads at most 1 KiB (see the pom).
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/logout-all'
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('builtInToken()'))))
            contentType(applicationJson())
        }
        body(
                padding: $(consumer('A field longer than 1 MiB'), producer('x' * 1100))
        )
        bodyMatchers {
            jsonPath('$.padding', byRegex('.{1048577,}'))
        }
    }
    response {
        status PAYLOAD_TOO_LARGE()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/payload-too-large',
                title: 'Content Too Large',
                status: 413,
                detail: $(consumer('The request body is larger than 1048576 bytes.'), producer(regex('.+'))),
                instance: '/api/v1/auth/logout-all',
                error: 'payload_too_large',
                message: $(consumer('The request body is larger than 1048576 bytes.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
