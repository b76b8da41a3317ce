package fi.saatava.gateway.letters;

/** How the letters worker sent a letter: the print house, e-mail, or the local outbox directory. */
enum DispatchChannel {
    PRINT,
    EMAIL,
    OUTBOX
}
