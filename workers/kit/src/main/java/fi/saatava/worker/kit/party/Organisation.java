package fi.saatava.worker.kit.party;

/** A creditor, collection agency or other organisation in a filing; {@code phone} and {@code email} are optional. */
public record Organisation(String name, String businessId, Address address, String phone, String email) {
}
