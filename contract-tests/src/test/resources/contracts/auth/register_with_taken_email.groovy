import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        An email can have one account, compared ignoring case: registering it again is 409 email_taken.
        The stub answers this for the email taken@example.com.
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/register'
        headers {
            contentType(applicationJson())
        }
        body(
                email: 'taken@example.com',
                password: $(consumer(regex('.{8,128}')), producer('another long password'))
        )
    }
    response {
        status CONFLICT()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/email-taken',
                title: 'Conflict',
                status: 409,
                detail: $(consumer('An account with this email exists already; sign in or reset the password.'), producer(regex('.+'))),
                instance: '/api/v1/auth/register',
                error: 'email_taken',
                message: $(consumer('An account with this email exists already; sign in or reset the password.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
