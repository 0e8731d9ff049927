"""The desk's cash register: take a payment, void one, and the family account tab."""
